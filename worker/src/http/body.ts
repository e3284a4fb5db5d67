import type { Context } from "hono";
import * as v from "valibot";
import type { AppEnv } from "../env.ts";
import { ApiError } from "./api-error.ts";

/** Reads a JSON body and validates it with a shared schema; a bad body is a 400 naming the fields. */
export async function parseBody<S extends v.GenericSchema>(
  c: Context<AppEnv>,
  schema: S,
): Promise<v.InferOutput<S>> {
  if (!(c.req.header("Content-Type") ?? "").startsWith("application/json")) {
    throw new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", "error.bad_request");
  }
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw new ApiError(400, "BAD_JSON", "error.bad_request");
  }
  const result = v.safeParse(schema, json);
  if (!result.success) {
    const details = result.issues.map((i) => ({ path: v.getDotPath(i) ?? "", message: i.message }));
    throw new ApiError(400, "VALIDATION", "error.validation", { details });
  }
  return result.output;
}
