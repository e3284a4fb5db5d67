/**
 * The teacher app's API client: the only module that calls `fetch`. Every failure is one of two
 * typed errors: `ApiError` (the server answered with an error body `{ error: { code, message:
 * { es, en }, details? } }`) or `OfflineError` (no answer at all: no network, DNS, timeout).
 */
import type { IssueCardBody, IssuedCard, MeResponse } from "#shared/api/me";
import type { ConsentText } from "#shared/consent/acuerdo";

export interface BilingualText {
  es: string;
  en: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The server's message in both languages; absent when the body was not an error body. */
  readonly text: BilingualText | undefined;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(status: number, code: string, text?: BilingualText, details?: Record<string, unknown>) {
    super(`${status} ${code}`);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.text = text;
    this.details = details ?? {};
  }
}

export class OfflineError extends Error {
  readonly code = "OFFLINE";
  constructor(options?: { cause?: unknown }) {
    super("no network", options);
    this.name = "OfflineError";
  }
}

/** How long a request may take before it counts as "no connection". */
const TIMEOUT_MS = 15_000;

function isBilingual(value: unknown): value is BilingualText {
  const text = value as Partial<BilingualText> | null;
  return (
    typeof text === "object" && text !== null && typeof text.es === "string" && typeof text.en === "string"
  );
}

async function errorFrom(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)
    ?.error;
  const code = typeof error?.code === "string" ? error.code : `HTTP_${response.status}`;
  const details =
    typeof error?.details === "object" && error.details !== null
      ? (error.details as Record<string, unknown>)
      : {};
  const retryAfter = Number(response.headers.get("Retry-After"));
  if (details.retryAfter === undefined && Number.isFinite(retryAfter) && retryAfter > 0) {
    details.retryAfter = retryAfter;
  }
  return new ApiError(
    response.status,
    code,
    isBilingual(error?.message) ? error.message : undefined,
    details,
  );
}

async function send(method: string, path: string, body?: unknown): Promise<Response> {
  const init: RequestInit = {
    method,
    credentials: "same-origin",
    cache: "no-store",
    headers: body === undefined ? { Accept: "application/json" } : { "Content-Type": "application/json" },
  };
  if (typeof AbortSignal.timeout === "function") init.signal = AbortSignal.timeout(TIMEOUT_MS);
  if (body !== undefined) init.body = JSON.stringify(body);
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    throw new OfflineError({ cause });
  }
  if (!response.ok) throw await errorFrom(response);
  return response;
}

async function json<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, body);
  try {
    return (await response.json()) as T;
  } catch (cause) {
    // A 200 that is not JSON: a captive portal or a proxy page, not our server.
    throw new OfflineError({ cause });
  }
}

export interface ConsentDocument {
  version: string;
  textHash: string;
  text: { es: ConsentText; en: ConsentText };
}

export { loginUrl } from "./login-url";

/** `GET /.well-known/jwks.json`: the issuer public keys (public, no session). */
export const fetchJwks = () => json<{ keys: unknown[] }>("GET", "/.well-known/jwks.json");

/** `GET /api/status-list`: the signed revocation list (`statuslist+jwt`, public, no session). */
export async function fetchStatusList(): Promise<string> {
  return (await send("GET", "/api/status-list")).text();
}

/** `GET /api/me`; `ApiError` 401 when not logged in. */
export const fetchMe = () => json<MeResponse>("GET", "/api/me");

/** `POST /api/me/cedula`: binds the cédula to the account (once). */
export const bindCedula = (cedula: string) => json<{ ok: true }>("POST", "/api/me/cedula", { cedula });

/** `GET /api/consent`: the agreement in force, with the version and hash to accept. */
export const fetchConsent = () => json<ConsentDocument>("GET", "/api/consent");

export const acceptConsent = (version: string, textHash: string) =>
  json<{ ok: true; version: string; acceptedAt: number }>("POST", "/api/me/consent", { version, textHash });

/** `DELETE /api/me/consent`: the server revokes the card. */
export const withdrawConsent = () => json<{ ok: true }>("DELETE", "/api/me/consent");

/** `POST /api/me/card`: a new card for this device's public key (revokes any earlier card). */
export const issueCard = (body: IssueCardBody) => json<IssuedCard>("POST", "/api/me/card", body);

/** `GET /api/me/export`: everything the server holds about the account, as a JSON file. */
export async function exportData(): Promise<Blob> {
  const response = await send("GET", "/api/me/export");
  return response.blob();
}

/** `POST /api/me/deletion-request`: the server revokes the card and closes the session. */
export const requestDeletion = () =>
  json<{ ok: true; requestedAt: number }>("POST", "/api/me/deletion-request");

/** `POST /auth/logout`. */
export async function logout(): Promise<void> {
  await send("POST", "/auth/logout");
}
