import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { call } from "./helpers.ts";

type Doc = { paths: Record<string, Record<string, { security?: unknown[] }>> };

describe("GET /api/openapi.json", () => {
  it("describes exactly the routes the app has", async () => {
    const res = await call("/api/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    const real = createApp()
      .routes.filter((r) => r.method !== "ALL")
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    expect(documented).toEqual([...new Set(real)]);
  });

  it("marks the public routes with security: [] and every /api/me route as needing the session", async () => {
    const doc = (await (await call("/api/openapi.json")).json()) as Doc;
    for (const path of ["/api/health", "/.well-known/jwks.json", "/api/status-list", "/api/consent"]) {
      expect(doc.paths[path]?.get?.security).toEqual([]);
    }
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!path.startsWith("/api/me")) continue;
      for (const op of Object.values(ops)) expect(op.security).toEqual([{ session: [] }]);
    }
  });
});
