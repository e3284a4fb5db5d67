import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "../env.ts";
import { ApiError } from "./api-error.ts";

/**
 * Security headers for everything the Worker itself answers (API, well-known, auth). Static assets
 * get the same policy from web/public/_headers.
 */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
  },
  crossOriginOpenerPolicy: "same-origin",
  crossOriginResourcePolicy: "same-origin",
  referrerPolicy: "no-referrer",
  strictTransportSecurity: "max-age=63072000; includeSubDomains",
  xFrameOptions: "DENY",
  permissionsPolicy: { camera: ["self"], geolocation: [], microphone: [] },
});

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence: a state-changing request must come from our own origin. Browsers always send
 * `Origin` on cross-origin and on non-GET same-origin fetches; a request without it (curl, an
 * integrator's server) carries no ambient cookies of a victim, so only a *foreign* Origin is refused,
 * plus `Sec-Fetch-Site: cross-site` where the browser sends that instead.
 */
export const sameOriginWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method)) {
    const origin = c.req.header("Origin");
    const own = new URL(c.req.url).origin;
    const site = c.req.header("Sec-Fetch-Site");
    if ((origin !== undefined && origin !== own) || site === "cross-site") {
      throw new ApiError(403, "CSRF", "error.csrf");
    }
  }
  await next();
};

/** A short random id per request, for correlating a log line with a user's report. */
export const requestId: MiddlewareHandler<AppEnv> = async (c, next) => {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  const id = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  c.set("requestId", id);
  await next();
  c.header("X-Request-Id", id);
};
