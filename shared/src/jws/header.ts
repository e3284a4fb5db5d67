/**
 * Checks a JWS protected header before any signature work: the algorithm allow-list (ES256
 * only, so `none` and HMAC are out), header parameters that would let the token choose its own
 * key or change how it is processed, and a `kid` we hold a key for.
 */
import { utf8Decoder } from "../bytes";
import { CardError } from "../errors";

export const ALLOWED_ALGORITHMS = ["ES256"] as const;

/** Header parameters never accepted: embedded or remote keys, critical extensions, payload tricks. */
export const FORBIDDEN_HEADER_PARAMS = ["jwk", "jku", "x5u", "x5c", "crit", "b64", "zip"] as const;

export type ProtectedHeader = Record<string, unknown> & { alg: "ES256"; kid: string };

export function parseHeaderJson(bytes: Uint8Array): Record<string, unknown> {
  let header: unknown;
  try {
    header = JSON.parse(utf8Decoder.decode(bytes));
  } catch (cause) {
    throw new CardError("MALFORMED", "JWS header is not JSON", { cause });
  }
  if (typeof header !== "object" || header === null || Array.isArray(header)) {
    throw new CardError("MALFORMED", "JWS header is not a JSON object");
  }
  return header as Record<string, unknown>;
}

/**
 * Parses and checks a protected header; returns it with the key for its `kid`.
 * Order: `UNSUPPORTED_ALG`, then `FORBIDDEN_HEADER`, then `UNKNOWN_KEY`.
 */
export function checkProtectedHeader(
  bytes: Uint8Array,
  keys: ReadonlyMap<string, CryptoKey>,
): { header: ProtectedHeader; key: CryptoKey } {
  const header = parseHeaderJson(bytes);
  if (header.alg !== "ES256")
    throw new CardError("UNSUPPORTED_ALG", `algorithm not allowed: ${String(header.alg)}`);
  for (const name of FORBIDDEN_HEADER_PARAMS) {
    if (Object.hasOwn(header, name))
      throw new CardError("FORBIDDEN_HEADER", `header parameter not allowed: ${name}`);
  }
  const kid = header.kid;
  const key = typeof kid === "string" ? keys.get(kid) : undefined;
  if (key === undefined) throw new CardError("UNKNOWN_KEY", "no trusted key for this kid");
  return { header: header as ProtectedHeader, key };
}
