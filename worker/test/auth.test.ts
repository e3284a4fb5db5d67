import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { MeResponse } from "#shared/api/me";
import { signInAtOp } from "../../scripts/lib/http-login.mjs";
import { addToRoster, BASE, call } from "./helpers.ts";
import { TEST_PASSWORD } from "./op-fixture.ts";

const CALLBACK = `${BASE}/auth/callback`;

const cookieFrom = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1);

async function startLogin(returnTo = "/") {
  const res = await call(`/auth/login?return=${encodeURIComponent(returnTo)}`);
  expect(res.status).toBe(302);
  const loginCookie = cookieFrom(res, "__Host-cdd_login");
  expect(loginCookie).toBeDefined();
  const setCookie = res.headers.get("Set-Cookie") ?? "";
  expect(setCookie).toMatch(/HttpOnly/i);
  expect(setCookie).toMatch(/Secure/i);
  expect(setCookie).toMatch(/SameSite=Lax/i);
  const location = new URL(res.headers.get("Location") ?? "");
  expect(location.origin).toBe(env.OIDC_ISSUER);
  expect(location.searchParams.get("code_challenge_method")).toBe("S256");
  return { location: location.href, loginCookie: loginCookie as string };
}

describe("log-in through the real OpenID Provider (code + PKCE)", () => {
  it("opens a server-side session behind a __Host- cookie and returns to the asked page", async () => {
    await addToRoster({
      cedula: "1707418388",
      email: "maria.quishpe@educacion.gob.ec",
      given: "María Fernanda",
      surnames: "Quishpe Chimbo",
    });
    const { location, loginCookie } = await startLogin("/?desde=inicio");
    const back = await signInAtOp(location, CALLBACK, "maria.quishpe@educacion.gob.ec", TEST_PASSWORD);
    expect(back.startsWith(`${CALLBACK}?`)).toBe(true);

    const callback = await call(back.slice(BASE.length), { cookie: loginCookie });
    expect(callback.status).toBe(302);
    expect(callback.headers.get("Location")).toBe("/?desde=inicio");
    const session = cookieFrom(callback, "__Host-cdd_session");
    expect(session).toBeDefined();
    const sessionHeader =
      callback.headers.getSetCookie().find((c) => c.startsWith("__Host-cdd_session=")) ?? "";
    expect(sessionHeader).toMatch(/HttpOnly/i);
    expect(sessionHeader).toMatch(/Secure/i);
    expect(sessionHeader).toMatch(/Path=\//i);

    const me = await call("/api/me", { cookie: session });
    expect(me.status).toBe(200);
    expect(((await me.json()) as MeResponse).email).toBe("maria.quishpe@educacion.gob.ec");

    // The session id is stored only as a hash.
    const stored = await env.DB.prepare("SELECT id_hash FROM session").all<{ id_hash: string }>();
    const raw = (session as string).split("=")[1] ?? "";
    expect(stored.results.map((r) => r.id_hash)).not.toContain(raw);

    // The callback cannot be replayed: the log-in attempt is used up.
    const replay = await call(back.slice(BASE.length), { cookie: loginCookie });
    expect(replay.headers.get("Location")).toBe("/?login_error=expired");

    // Log-out ends the session on the server.
    expect((await call("/auth/logout", { method: "POST", cookie: session })).status).toBe(204);
    expect((await call("/api/me", { cookie: session })).status).toBe(401);
  });

  it("refuses a callback from a browser that did not start the log-in", async () => {
    const { location } = await startLogin();
    const back = await signInAtOp(location, CALLBACK, "maria.quishpe@educacion.gob.ec", TEST_PASSWORD);
    const callback = await call(back.slice(BASE.length));
    expect(callback.headers.get("Location")).toBe("/?login_error=expired");
    expect(cookieFrom(callback, "__Host-cdd_session")).toBeUndefined();
  });

  it("refuses a tampered state", async () => {
    const { location, loginCookie } = await startLogin();
    const back = await signInAtOp(location, CALLBACK, "maria.quishpe@educacion.gob.ec", TEST_PASSWORD);
    const url = new URL(back);
    url.searchParams.set("state", "otro-estado");
    const callback = await call(`${url.pathname}${url.search}`, { cookie: loginCookie });
    expect(callback.headers.get("Location")).toBe("/?login_error=provider");
    expect(cookieFrom(callback, "__Host-cdd_session")).toBeUndefined();
  });

  it("refuses an account outside the institutional domain", async () => {
    const { location, loginCookie } = await startLogin();
    const back = await signInAtOp(location, CALLBACK, "intruso@gmail.com", TEST_PASSWORD);
    const callback = await call(back.slice(BASE.length), { cookie: loginCookie });
    expect(callback.headers.get("Location")).toBe("/?login_error=domain");
    expect(cookieFrom(callback, "__Host-cdd_session")).toBeUndefined();
  });

  it("never redirects off-site after log-in", async () => {
    const res = await call("/auth/login?return=//evil.example/x");
    const attempt = await env.DB.prepare("SELECT return_to FROM login_attempt").first<{
      return_to: string;
    }>();
    expect(res.status).toBe(302);
    expect(attempt?.return_to).toBe("/");
  });
});

describe("log-in rate limit", () => {
  it("answers 429 with Retry-After once a client address has started too many log-ins", async () => {
    const { LOGIN_STARTS_PER_WINDOW } = await import("../src/routes/auth.ts");
    const headers = { "CF-Connecting-IP": "203.0.113.7" };
    for (let i = 0; i < LOGIN_STARTS_PER_WINDOW; i++) {
      expect((await call("/auth/login", { headers })).status).toBe(302);
    }
    const limited = await call("/auth/login", { headers });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await call("/auth/login", { headers: { "CF-Connecting-IP": "203.0.113.8" } })).status).toBe(302);
  });
});
