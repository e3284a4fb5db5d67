import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "./env.ts";
import { ApiError } from "./http/api-error.ts";
import { notFound, onError } from "./http/on-error.ts";
import { requestId, sameOriginWrites, securityHeaders } from "./http/security.ts";
import { authRoutes } from "./routes/auth.ts";
import { consentRoutes } from "./routes/consent.ts";
import { healthRoutes } from "./routes/health.ts";
import { meRoutes } from "./routes/me.ts";
import { openApiRoutes } from "./routes/openapi.ts";
import { statusListRoutes } from "./routes/status-list.ts";
import { wellKnownRoutes } from "./routes/well-known.ts";

/** Largest JSON body any route accepts (a roster import streams elsewhere). */
const MAX_BODY_BYTES = 64 * 1024;

/** The routers, each owning its own paths. */
const routers = [
  healthRoutes,
  openApiRoutes,
  wellKnownRoutes,
  statusListRoutes,
  consentRoutes,
  authRoutes,
  meRoutes,
];

/** The one app factory: middleware, error mapping, routers. */
export function createApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use("*", requestId, securityHeaders, sameOriginWrites);
  app.use(
    "*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(413, "PAYLOAD_TOO_LARGE", "error.payload_too_large");
      },
    }),
  );
  for (const router of routers) app.route("/", router);
  app.notFound(notFound);
  app.onError(onError);
  return app;
}
