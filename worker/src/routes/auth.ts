import { Hono } from "hono";
import { finishAuthorization, oidcConfig, startAuthorization } from "../auth/oidc.ts";
import { closeSession, nowSec, openSession, setLoginCookie, takeLoginCookie } from "../auth/session.ts";
import { randomToken, sha256Hex } from "../auth/tokens.ts";
import { insertAudit } from "../db/audit.ts";
import { deleteStaleLoginAttempts, insertLoginAttempt, takeLoginAttempt } from "../db/sessions.ts";
import type { AppEnv } from "../env.ts";
import { rateLimit } from "../http/rate-limit.ts";

const LOGIN_TTL_SEC = 600;
/** Log-in starts per client address per 10 minutes: plenty for a school's shared connection. */
export const LOGIN_STARTS_PER_WINDOW = 60;

/** Only same-site relative paths may be returned to after log-in (no open redirect). */
function safeReturnTo(value: string | undefined): string {
  if (value === undefined || !value.startsWith("/") || value.startsWith("//") || value.includes("\\"))
    return "/";
  return value;
}

const redirectUri = (url: string) => `${new URL(url).origin}/auth/callback`;

/** Where the app shows a failed log-in, with a stable code it translates. */
const failed = (code: string) => `/?login_error=${code}`;

export const authRoutes = new Hono<AppEnv>()
  .get("/auth/login", rateLimit("login", LOGIN_STARTS_PER_WINDOW, 600), async (c) => {
    const cfg = oidcConfig(c.env);
    const start = await startAuthorization(cfg, redirectUri(c.req.url));
    const id = randomToken();
    const now = nowSec();
    await deleteStaleLoginAttempts(c.env.DB, now - LOGIN_TTL_SEC);
    await insertLoginAttempt(c.env.DB, await sha256Hex(id), {
      state: start.state,
      nonce: start.nonce,
      codeVerifier: start.codeVerifier,
      returnTo: safeReturnTo(c.req.query("return")),
      createdAt: now,
    });
    setLoginCookie(c, id);
    c.header("Cache-Control", "no-store");
    return c.redirect(start.url.href, 302);
  })
  .get("/auth/callback", async (c) => {
    c.header("Cache-Control", "no-store");
    const id = takeLoginCookie(c);
    const attempt = id === undefined ? null : await takeLoginAttempt(c.env.DB, await sha256Hex(id));
    if (attempt === null || attempt.createdAt < nowSec() - LOGIN_TTL_SEC)
      return c.redirect(failed("expired"), 302);
    if (c.req.query("error") !== undefined) {
      return c.redirect(failed(c.req.query("error") === "access_denied" ? "denied" : "provider"), 302);
    }
    let identity: Awaited<ReturnType<typeof finishAuthorization>>;
    try {
      identity = await finishAuthorization(
        oidcConfig(c.env),
        new URL(c.req.url),
        redirectUri(c.req.url),
        attempt,
      );
    } catch (err) {
      console.warn(`log-in failed: ${err instanceof Error ? err.name : "?"}`);
      return c.redirect(failed("provider"), 302);
    }
    const domain = c.env.ALLOWED_EMAIL_DOMAIN.toLowerCase();
    if (!identity.email.endsWith(`@${domain}`)) return c.redirect(failed("domain"), 302);
    await openSession(c, identity);
    await insertAudit(c.env.DB, { at: nowSec(), actor: identity.email, action: "login" }).run();
    return c.redirect(attempt.returnTo, 302);
  })
  .post("/auth/logout", async (c) => {
    await closeSession(c);
    c.header("Cache-Control", "no-store");
    return c.body(null, 204);
  });
