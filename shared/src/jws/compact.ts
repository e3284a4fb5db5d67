/**
 * Splitting and joining JWS Compact Serialization with strict base64url, so a token has exactly
 * one text form for its bytes (jose's own decoder tolerates non-zero trailing bits).
 */
import { decodeBase64url, encodeBase64url } from "../base64url";
import { CardError } from "../errors";

export interface CompactParts {
  /** The exact signing input, `BASE64URL(header) "." BASE64URL(payload)`. */
  signingInput: string;
  header: Uint8Array<ArrayBuffer>;
  payload: Uint8Array<ArrayBuffer>;
  signature: Uint8Array<ArrayBuffer>;
}

/** Splits a compact JWS; throws `CardError` `MALFORMED` unless it has three strict base64url parts. */
export function splitCompact(jws: string): CompactParts {
  if (typeof jws !== "string") throw new CardError("MALFORMED", "a compact JWS is a string");
  const first = jws.indexOf(".");
  const second = first < 0 ? -1 : jws.indexOf(".", first + 1);
  if (second < 0 || jws.indexOf(".", second + 1) >= 0) {
    throw new CardError("MALFORMED", "a compact JWS has exactly three parts");
  }
  const header = decodeBase64url(jws.slice(0, first));
  const payload = decodeBase64url(jws.slice(first + 1, second));
  const signature = decodeBase64url(jws.slice(second + 1));
  if (header.length === 0 || payload.length === 0) throw new CardError("MALFORMED", "empty JWS part");
  return { signingInput: jws.slice(0, second), header, payload, signature };
}

export function joinCompact(header: Uint8Array, payload: Uint8Array, signature: Uint8Array): string {
  return `${encodeBase64url(header)}.${encodeBase64url(payload)}.${encodeBase64url(signature)}`;
}
