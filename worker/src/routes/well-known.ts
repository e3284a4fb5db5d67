import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { issuerKeys } from "../keys.ts";

/** `/.well-known/jwks.json`: the public half of every issuer key whose cards may still be valid. */
export const wellKnownRoutes = new Hono<AppEnv>().get("/.well-known/jwks.json", async (c) => {
  const { jwks } = await issuerKeys(c.env);
  return c.json(jwks, 200, {
    "Cache-Control": "public, max-age=300",
    "Access-Control-Allow-Origin": "*",
  });
});
