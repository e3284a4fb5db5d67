import { Hono } from "hono";
import { CONSENT_VERSION, consentText, consentTextHash } from "#shared/consent/acuerdo";
import type { AppEnv } from "../env.ts";

/** `/api/consent`: the data agreement in force, for anyone to read before logging in. */
export const consentRoutes = new Hono<AppEnv>().get("/api/consent", async (c) =>
  c.json({ version: CONSENT_VERSION, textHash: await consentTextHash(), text: consentText }, 200, {
    "Cache-Control": "public, max-age=300",
  }),
);
