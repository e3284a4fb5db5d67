import type { ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../env.ts";
import { ApiError } from "./api-error.ts";
import { errorBody } from "./error-body.ts";

/** Turns every thrown error into the documented bilingual JSON body; never leaks internals. */
export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof ApiError) {
    for (const [name, value] of Object.entries(err.headers)) c.header(name, value);
    return c.json(errorBody(err.code, err.key, err.details), err.status);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    if (status === 413) return c.json(errorBody("PAYLOAD_TOO_LARGE", "error.payload_too_large"), 413);
    if (status === 401) return c.json(errorBody("UNAUTHORIZED", "error.unauthorized"), 401);
    if (status === 403) return c.json(errorBody("FORBIDDEN", "error.forbidden"), 403);
    if (status === 404) return c.json(errorBody("NOT_FOUND", "error.not_found"), 404);
    if (status < 500) return c.json(errorBody("BAD_REQUEST", "error.bad_request"), 400);
  }
  // Unknown failure: log the type and message (never request bodies or secrets), answer generically.
  console.error(`[${c.get("requestId") ?? "-"}] ${err.name}: ${err.message}`);
  return c.json(errorBody("INTERNAL", "error.internal"), 500);
};

export const notFound: NotFoundHandler<AppEnv> = (c) =>
  c.json(errorBody("NOT_FOUND", "error.not_found"), 404);
