/**
 * Downloads the verifier's trust data: the issuer public keys (`/.well-known/jwks.json`) and
 * the signed status list (`/api/status-list`). Both are public; neither is cached by HTTP here
 * (revocations must arrive as soon as the device is online).
 */
import { MAX_STATUS_LIST_JWT_LENGTH } from "#shared/status-list/limits";
import type { StoredTrustBundle } from "./trust-store";

export const JWKS_PATH = "/.well-known/jwks.json";
export const STATUS_LIST_PATH = "/api/status-list";
const MAX_JWKS_LENGTH = 256 * 1024;

/** `offline`: no answer at all; `http`: an error status; `invalid`: an answer that is not trust data. */
export type TrustFetchErrorCode = "offline" | "http" | "invalid";

export class TrustFetchError extends Error {
  override readonly name = "TrustFetchError";
  readonly code: TrustFetchErrorCode;

  constructor(code: TrustFetchErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? code, options);
    this.code = code;
  }
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

async function get(path: string, accept: string, fetcher: Fetch): Promise<Response> {
  let response: Response;
  try {
    response = await fetcher(path, { cache: "no-store", credentials: "omit", headers: { accept } });
  } catch (cause) {
    throw new TrustFetchError("offline", `${path}: no answer`, { cause });
  }
  if (!response.ok) throw new TrustFetchError("http", `${path}: HTTP ${response.status}`);
  return response;
}

async function textWithin(response: Response, maxLength: number, what: string): Promise<string> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxLength)
    throw new TrustFetchError("invalid", `${what} too large`);
  const text = await response.text();
  if (text.length > maxLength) throw new TrustFetchError("invalid", `${what} too large`);
  return text;
}

function parseJwks(text: string): { keys: unknown[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new TrustFetchError("invalid", "JWKS is not JSON", { cause });
  }
  const keys = (json as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) throw new TrustFetchError("invalid", "JWKS has no keys");
  return { keys };
}

/** Device clock minus server clock, from the HTTP `Date` header (1 s resolution). */
function clockSkew(response: Response, deviceNowSec: number): number | null {
  const date = Date.parse(response.headers.get("date") ?? "");
  return Number.isFinite(date) ? Math.round(deviceNowSec - date / 1000) : null;
}

/**
 * Fetches both parts. The result is not verified yet: `importTrust` does that before anything
 * is stored or used.
 */
export async function fetchTrustBundle(
  nowSec: () => number,
  fetcher: Fetch = fetch,
): Promise<StoredTrustBundle> {
  const [jwksResponse, statusResponse] = await Promise.all([
    get(JWKS_PATH, "application/json", fetcher),
    get(STATUS_LIST_PATH, "application/statuslist+jwt", fetcher),
  ]);
  const [jwksText, statusList] = await Promise.all([
    textWithin(jwksResponse, MAX_JWKS_LENGTH, "JWKS"),
    textWithin(statusResponse, MAX_STATUS_LIST_JWT_LENGTH, "status list"),
  ]);
  const fetchedAt = nowSec();
  return {
    jwks: parseJwks(jwksText),
    statusList: statusList.trim(),
    fetchedAt,
    clockSkewSec: clockSkew(statusResponse, fetchedAt),
  };
}
