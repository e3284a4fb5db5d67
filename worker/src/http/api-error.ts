import type { MessageKey } from "#shared/i18n/index";

/** Status codes the API answers with; the error body is documented in openapi.json. */
export type ApiErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/**
 * The one transport error of the Worker. Thrown anywhere below a route; `app.onError` turns it into
 * the bilingual JSON body. `key` names the message in shared/i18n; `code` is the stable machine code.
 */
export class ApiError extends Error {
  readonly status: ApiErrorStatus;
  readonly code: string;
  readonly key: MessageKey;
  readonly details: unknown;
  readonly headers: Record<string, string>;

  constructor(
    status: ApiErrorStatus,
    code: string,
    key: MessageKey,
    options: { details?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(code);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.key = key;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }
}
