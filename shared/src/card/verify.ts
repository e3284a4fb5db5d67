/**
 * Verifies a card (compact JWS) against a trust bundle: header first (algorithm allow-list,
 * forbidden parameters, known `kid`), then the ES256 signature through jose, then the claims
 * schema, then `nbf`/`exp` with `CLOCK_TOLERANCE_SEC`. Throws `CardError` with the reason code;
 * errors after a good signature carry the claims.
 */
import * as v from "valibot";
import { utf8Decoder } from "../bytes";
import { CardError } from "../errors";
import { splitCompact } from "../jws/compact";
import { checkProtectedHeader } from "../jws/header";
import { verifyCompactEs256 } from "../jws/verify";
import { type CardClaims, cardClaimsSchema } from "./claims";
import { CLOCK_TOLERANCE_SEC } from "./time";
import type { Trust } from "./trust";

export { CLOCK_TOLERANCE_SEC } from "./time";

export interface VerifiedCard {
  claims: CardClaims;
  /** The issuer's 64-byte ES256 signature (r || s): what the device signs over. */
  signature: Uint8Array<ArrayBuffer>;
  kid: string;
}

import { ES256_SIGNATURE_BYTES } from "./present";

export { ES256_SIGNATURE_BYTES };

export function parseCardClaims(payload: Uint8Array): CardClaims {
  let json: unknown;
  try {
    json = JSON.parse(utf8Decoder.decode(payload));
  } catch (cause) {
    throw new CardError("MALFORMED", "card payload is not JSON", { cause });
  }
  const parsed = v.safeParse(cardClaimsSchema, json);
  if (!parsed.success) throw new CardError("MALFORMED", "card claims do not match the schema");
  return parsed.output;
}

/** `NOT_YET_VALID` / `EXPIRED` with the stated tolerance; `undefined` when in time. */
export function cardTimeProblem(claims: CardClaims, nowSec: number): "NOT_YET_VALID" | "EXPIRED" | undefined {
  if (nowSec + CLOCK_TOLERANCE_SEC < claims.nbf) return "NOT_YET_VALID";
  if (nowSec - CLOCK_TOLERANCE_SEC >= claims.exp) return "EXPIRED";
  return undefined;
}

export async function verifyCard(jws: string, trust: Trust, nowSec: number): Promise<VerifiedCard> {
  if (!trust || trust.keys.size === 0) throw new CardError("NO_TRUST", "no issuer keys");
  const parts = splitCompact(jws);
  const { header } = checkProtectedHeader(parts.header, trust.keys);
  if (parts.signature.length !== ES256_SIGNATURE_BYTES) {
    throw new CardError("BAD_SIGNATURE", "an ES256 signature is 64 bytes");
  }
  const payload = await verifyCompactEs256(jws, trust.keys);
  const claims = parseCardClaims(payload);
  const problem = cardTimeProblem(claims, nowSec);
  if (problem === "NOT_YET_VALID") throw new CardError("NOT_YET_VALID", "card not valid yet", { claims });
  if (problem === "EXPIRED") throw new CardError("EXPIRED", "card expired", { claims });
  return { claims, signature: parts.signature, kid: header.kid };
}
