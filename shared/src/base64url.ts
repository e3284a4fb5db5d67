/**
 * base64url (RFC 4648 §5) without padding, strict: only the 64 URL-safe characters, no `=`, no
 * whitespace, no impossible length (4n + 1), and the unused low bits of the last character must
 * be zero. So every byte string has exactly one text form, and changing any one character of a
 * token always changes the bytes it decodes to.
 */
import { CardError } from "./errors";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const ENCODE = Array.from(ALPHABET);
const DECODE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

function sextet(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const value = code < 128 ? (DECODE[code] as number) : -1;
  if (value < 0) throw new CardError("MALFORMED", "invalid base64url character");
  return value;
}

export function encodeBase64url(bytes: Uint8Array): string {
  let out = "";
  const full = bytes.length - (bytes.length % 3);
  for (let i = 0; i < full; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out +=
      (ENCODE[n >>> 18] as string) +
      (ENCODE[(n >>> 12) & 63] as string) +
      (ENCODE[(n >>> 6) & 63] as string) +
      (ENCODE[n & 63] as string);
  }
  const rest = bytes.length - full;
  if (rest === 1) {
    const n = bytes[full] as number;
    out += (ENCODE[n >>> 2] as string) + (ENCODE[(n & 3) << 4] as string);
  } else if (rest === 2) {
    const n = ((bytes[full] as number) << 8) | (bytes[full + 1] as number);
    out +=
      (ENCODE[n >>> 10] as string) + (ENCODE[(n >>> 4) & 63] as string) + (ENCODE[(n & 15) << 2] as string);
  }
  return out;
}

/** Decodes strict base64url; throws `CardError` `MALFORMED` on anything else. */
export function decodeBase64url(text: string): Uint8Array<ArrayBuffer> {
  if (typeof text !== "string") throw new CardError("MALFORMED", "base64url input must be a string");
  const rest = text.length % 4;
  if (rest === 1) throw new CardError("MALFORMED", "impossible base64url length");
  const full = text.length - rest;
  const out = new Uint8Array((full / 4) * 3 + (rest === 0 ? 0 : rest - 1));
  let o = 0;
  for (let i = 0; i < full; i += 4) {
    const n =
      (sextet(text, i) << 18) |
      (sextet(text, i + 1) << 12) |
      (sextet(text, i + 2) << 6) |
      sextet(text, i + 3);
    out[o++] = n >>> 16;
    out[o++] = (n >>> 8) & 255;
    out[o++] = n & 255;
  }
  if (rest === 2) {
    const a = sextet(text, full);
    const b = sextet(text, full + 1);
    if (b & 15) throw new CardError("MALFORMED", "non-canonical base64url");
    out[o] = (a << 2) | (b >>> 4);
  } else if (rest === 3) {
    const a = sextet(text, full);
    const b = sextet(text, full + 1);
    const c = sextet(text, full + 2);
    if (c & 3) throw new CardError("MALFORMED", "non-canonical base64url");
    out[o++] = (a << 2) | (b >>> 4);
    out[o] = ((b & 15) << 4) | (c >>> 2);
  }
  return out;
}

/** Aliases: the same functions under the names the Worker uses. */
export { decodeBase64url as base64urlDecode, encodeBase64url as base64urlEncode };

/** True when `text` is non-empty strict base64url (same rules as `decodeBase64url`). */
export function isBase64url(text: string): boolean {
  try {
    decodeBase64url(text);
    return text.length > 0;
  } catch {
    return false;
  }
}
