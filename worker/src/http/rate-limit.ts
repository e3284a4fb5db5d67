import type { MiddlewareHandler } from "hono";
import { countHit, deleteWindowsBefore } from "../db/rate-limits.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "./api-error.ts";

/**
 * Limits requests per client address: at most `limit` in each `windowSec` window. Over the limit
 * → 429 with Retry-After. The address comes from Cloudflare's CF-Connecting-IP header.
 */
export function rateLimit(name: string, limit: number, windowSec: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const now = Math.floor(Date.now() / 1000);
    const windowStart = now - (now % windowSec);
    const client = c.req.header("CF-Connecting-IP") ?? "unknown";
    const hits = await countHit(c.env.DB, `${name}:${client}`, windowStart);
    if (hits === 1) c.executionCtx.waitUntil(deleteWindowsBefore(c.env.DB, windowStart - windowSec));
    if (hits > limit) {
      const retryAfter = windowStart + windowSec - now;
      throw new ApiError(429, "RATE_LIMITED", "error.rate_limited", {
        details: { retryAfter },
        headers: { "Retry-After": String(retryAfter) },
      });
    }
    await next();
  };
}
