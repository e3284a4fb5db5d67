import { Hono } from "hono";
import type { AppEnv } from "../env.ts";

/** Liveness: answers without touching D1 or keys, so a monitor sees the Worker itself. */
export const healthRoutes = new Hono<AppEnv>().get("/api/health", (c) =>
  c.json({ status: "ok", time: new Date().toISOString() }, 200, { "Cache-Control": "no-store" }),
);
