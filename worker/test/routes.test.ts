import { env, exports } from "cloudflare:workers";
import { decodeJwt, decodeProtectedHeader, importJWK, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { decodeStatusList } from "#shared/status-list/decode";

const BASE = "https://carnet.test";
const call = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${BASE}${path}`, init));

describe("GET /api/health", () => {
  it("answers ok with security headers and no caching", async () => {
    const res = await call("/api/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok" });
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(res.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("X-Frame-Options")).toBe("DENY");
    expect(res.headers.get("X-Request-Id")).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe("GET /.well-known/jwks.json", () => {
  it("publishes the public half of every issuer key and nothing private", async () => {
    const res = await call("/.well-known/jwks.json");
    expect(res.status).toBe(200);
    const text = await res.text();
    const jwks = JSON.parse(text) as { keys: Record<string, string>[] };
    const configured = JSON.parse(env.ISSUER_KEYS) as { active: string; keys: { kid: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toEqual(configured.keys.map((k) => k.kid));
    for (const key of jwks.keys) {
      expect(key).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig" });
      expect(Object.keys(key).sort()).toEqual(["alg", "crv", "kid", "kty", "use", "x", "y"]);
    }
    expect(text).not.toMatch(/"d"\s*:/);
  });
});

describe("GET /api/status-list", () => {
  it("is a statuslist+jwt signed by the active key, marking revoked cards only", async () => {
    await env.DB.batch([
      env.DB.prepare("UPDATE status_list_counter SET next_index = max(next_index, 3)"),
      env.DB.prepare(
        "INSERT INTO card (id, cedula, status_index, kid, device_key, issued_at, not_before, expires_at, revoked_at, jws) VALUES (?1, '1700000001', ?2, 'k', 'x', 0, 0, 1, ?3, 'j')",
      ).bind("a", 0, null),
      env.DB.prepare(
        "INSERT INTO card (id, cedula, status_index, kid, device_key, issued_at, not_before, expires_at, revoked_at, jws) VALUES (?1, '1700000001', ?2, 'k', 'x', 0, 0, 1, ?3, 'j')",
      ).bind("b", 1, 1000),
      env.DB.prepare(
        "INSERT INTO card (id, cedula, status_index, kid, device_key, issued_at, not_before, expires_at, revoked_at, jws) VALUES (?1, '1700000001', ?2, 'k', 'x', 0, 0, 1, ?3, 'j')",
      ).bind("c", 2, null),
    ]);
    const res = await call("/api/status-list");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/statuslist+jwt");
    const token = await res.text();
    const header = decodeProtectedHeader(token);
    const jwks = (await (await call("/.well-known/jwks.json")).json()) as { keys: { kid: string }[] };
    const jwk = jwks.keys.find((k) => k.kid === header.kid);
    expect(header.typ).toBe("statuslist+jwt");
    expect(jwk).toBeDefined();
    const { payload } = await jwtVerify(token, await importJWK(jwk as never, "ES256"), {
      typ: "statuslist+jwt",
      algorithms: ["ES256"],
    });
    expect(payload.sub).toBe(env.STATUS_LIST_URI);
    expect(payload.ttl).toBe(Number(env.STATUS_LIST_TTL));
    expect((payload.exp ?? 0) > (payload.iat ?? 0)).toBe(true);
    const { status_list } = decodeJwt(token) as { status_list: { bits: number; lst: string } };
    expect(status_list.bits).toBe(1);
    const bits = decodeStatusList(status_list.lst);
    const bit = (i: number) => ((bits[i >> 3] ?? 0) >> (i & 7)) & 1;
    expect([bit(0), bit(1), bit(2)]).toEqual([0, 1, 0]);
    expect(bits.length * 8).toBeGreaterThanOrEqual(16_384);
  });
});

describe("errors", () => {
  it("answers an unknown API path with the bilingual error body", async () => {
    const res = await call("/api/nope");
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: { es: string; en: string } } };
    expect(body.error.code).toBe("NOT_FOUND");
    expect(body.error.message.es.length).toBeGreaterThan(3);
    expect(body.error.message.en.length).toBeGreaterThan(3);
    expect(body.error.message.es).not.toBe(body.error.message.en);
  });

  it("refuses a state-changing request from another origin (CSRF)", async () => {
    const res = await call("/api/health", { method: "POST", headers: { Origin: "https://evil.example" } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("CSRF");
  });

  it("refuses a body over the size limit with 413, before any route reads it", async () => {
    const res = await call("/api/health", {
      method: "POST",
      headers: { Origin: BASE, "Content-Type": "application/json" },
      body: "x".repeat(70 * 1024),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("PAYLOAD_TOO_LARGE");
  });
});
