import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { deleteSession, insertSession, type Session } from "../db/sessions.ts";
import { readSessionStanding } from "../db/standing.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../http/api-error.ts";
import { randomToken, sha256Hex } from "./tokens.ts";

/** `__Host-`: Secure, Path=/, no Domain — the cookie cannot be set or read by any other host. */
export const SESSION_COOKIE = "__Host-cdd_session";
export const LOGIN_COOKIE = "__Host-cdd_login";
export const SESSION_TTL_SEC = 12 * 3600;

const cookieOptions = { httpOnly: true, secure: true, sameSite: "Lax", path: "/" } as const;

export const nowSec = () => Math.floor(Date.now() / 1000);

export async function openSession(c: Context<AppEnv>, identity: Omit<Session, "createdAt" | "expiresAt">) {
  const id = randomToken();
  const now = nowSec();
  await insertSession(c.env.DB, await sha256Hex(id), {
    ...identity,
    createdAt: now,
    expiresAt: now + SESSION_TTL_SEC,
  });
  setCookie(c, SESSION_COOKIE, id, { ...cookieOptions, maxAge: SESSION_TTL_SEC });
}

export async function closeSession(c: Context<AppEnv>) {
  const id = getCookie(c, SESSION_COOKIE);
  if (id !== undefined) await deleteSession(c.env.DB, await sha256Hex(id));
  deleteCookie(c, SESSION_COOKIE, cookieOptions);
}

export function setLoginCookie(c: Context<AppEnv>, value: string) {
  setCookie(c, LOGIN_COOKIE, value, { ...cookieOptions, maxAge: 600 });
}

export function takeLoginCookie(c: Context<AppEnv>): string | undefined {
  const value = getCookie(c, LOGIN_COOKIE);
  deleteCookie(c, LOGIN_COOKIE, cookieOptions);
  return value;
}

/** Requires a live session; puts it, and where its person stands, in `c.var`. */
export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const id = getCookie(c, SESSION_COOKIE);
  const found = id === undefined ? null : await readSessionStanding(c.env.DB, await sha256Hex(id), nowSec());
  if (found === null) throw new ApiError(401, "UNAUTHORIZED", "error.unauthorized");
  c.set("session", found.session);
  c.set("standing", found.standing);
  await next();
};
