import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { openApiDocument } from "../openapi.ts";

export const openApiRoutes = new Hono<AppEnv>().get("/api/openapi.json", (c) =>
  c.json(openApiDocument, 200, {
    "Cache-Control": "public, max-age=300",
    "Access-Control-Allow-Origin": "*",
  }),
);
