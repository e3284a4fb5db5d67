/**
 * Issues a card: compact JWS, ES256, protected header exactly `{"alg":"ES256","kid":…}` (nothing
 * else: QR space). Claims are validated and normalised by `cardClaimsSchema` first, and the
 * device key must be a real P-256 point.
 */
import { CompactSign } from "jose";
import * as v from "valibot";
import { decodeBase64url } from "../base64url";
import { utf8Encoder } from "../bytes";
import { CardError } from "../errors";
import { type CardClaims, cardClaimsSchema } from "./claims";
import { decompressP256 } from "./device-key";

export interface CardIssuer {
  /** Key id published in the JWKS; short, base64url characters. */
  kid: string;
  privateKey: CryptoKey;
}

const KID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export async function signCard(claims: CardClaims, issuer: CardIssuer): Promise<string> {
  const parsed = v.safeParse(cardClaimsSchema, claims);
  if (!parsed.success) {
    const where = parsed.issues.map((issue) => v.getDotPath(issue) ?? issue.message).join(", ");
    throw new CardError("INVALID_CLAIMS", `invalid card claims: ${where}`);
  }
  try {
    decompressP256(decodeBase64url(parsed.output.k));
  } catch (cause) {
    throw new CardError("INVALID_CLAIMS", "invalid card claims: k is not a P-256 point", { cause });
  }
  if (typeof issuer?.kid !== "string" || !KID_PATTERN.test(issuer.kid)) {
    throw new CardError("INVALID_ARGUMENT", "issuer kid must be 1–64 base64url characters");
  }
  return new CompactSign(utf8Encoder.encode(JSON.stringify(parsed.output)))
    .setProtectedHeader({ alg: "ES256", kid: issuer.kid })
    .sign(issuer.privateKey);
}
