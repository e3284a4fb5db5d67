/**
 * The card's claims. Names are short on purpose: every byte is in the QR.
 *
 * | claim | meaning |
 * |---|---|
 * | `jti` | card id: base64url of 12 random bytes (16 chars) |
 * | `sli` | index of the card in the status list |
 * | `n` | holder display name, 1–80 characters, trimmed, NFC |
 * | `p` | post code (`POSTS`): docente or a school-head post |
 * | `a` | AMIE code of the institution |
 * | `d` | education district code |
 * | `c4` | last 4 digits of the cédula |
 * | `nbf`, `exp` | validity, seconds since the epoch; at most `MAX_VALIDITY_SEC` apart |
 * | `k` | holder's device public key: base64url of the 33-byte compressed P-256 point (44 chars) |
 */
import * as v from "valibot";
import { encodeBase64url } from "../base64url";
import { MAX_STATUS_LIST_SIZE } from "../status-list/limits";
import { validateAmie } from "../validators/amie";
import { validateDistrict } from "../validators/district";

/** Post codes: `doc` docente, `rec` rector, `vic` vicerrector, `dir` director, `sub` subdirector,
 * `ins` inspector general, `sin` subinspector. */
export const POSTS = ["doc", "rec", "vic", "dir", "sub", "ins", "sin"] as const;
export type PostCode = (typeof POSTS)[number];
export type Role = "docente" | "directivo";

export function roleOf(p: PostCode): Role {
  return p === "doc" ? "docente" : "directivo";
}

/** 13 months, rounded up to 397 days. */
export const MAX_VALIDITY_SEC = 397 * 86_400;
export const NAME_MAX_LENGTH = 80;
export const CARD_ID_BYTES = 12;

const BASE64URL_44 = /^[A-Za-z0-9_-]{44}$/;
// A compressed point starts with byte 0x02 or 0x03: six zero bits (`A`), then a sextet 1xxxxx.
const COMPRESSED_POINT_PREFIX = /^A[g-z0-9_-]/;
// Control and invisible format characters (bidi overrides, zero-width …) would let a name look
// different from what was signed.
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;

const epochSeconds = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

export const cardClaimsSchema = v.pipe(
  v.object({
    jti: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16}$/)),
    sli: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_STATUS_LIST_SIZE - 1)),
    n: v.pipe(
      v.string(),
      v.transform((name) => name.trim().normalize("NFC")),
      v.minLength(1),
      v.maxLength(NAME_MAX_LENGTH),
      v.check((name) => !INVISIBLE.test(name)),
    ),
    p: v.picklist(POSTS),
    a: v.pipe(
      v.string(),
      v.check((amie) => {
        const result = validateAmie(amie);
        return result.ok && result.value === amie;
      }),
    ),
    d: v.pipe(
      v.string(),
      v.check((district) => {
        const result = validateDistrict(district);
        return result.ok && result.value === district;
      }),
    ),
    c4: v.pipe(v.string(), v.regex(/^\d{4}$/)),
    nbf: epochSeconds,
    exp: epochSeconds,
    k: v.pipe(v.string(), v.regex(BASE64URL_44), v.regex(COMPRESSED_POINT_PREFIX)),
  }),
  v.check((claims) => claims.exp > claims.nbf, "exp must be after nbf"),
  v.check((claims) => claims.exp - claims.nbf <= MAX_VALIDITY_SEC, "validity longer than 13 months"),
);

export type CardClaims = v.InferOutput<typeof cardClaimsSchema>;

/** A new random card id (`jti`): base64url of 12 random bytes, 16 characters. */
export function newCardId(): string {
  return encodeBase64url(crypto.getRandomValues(new Uint8Array(CARD_ID_BYTES)));
}
