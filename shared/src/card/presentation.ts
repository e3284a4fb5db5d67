/**
 * Live presentation: every `WINDOW_SEC` the holder's app signs, with its non-extractable device
 * key, `ASCII("CDD1-presentation") || card signature (64 bytes) || uint32 BE window` and shows
 * the result as QR text. The verifier checks, offline: size, format, header, issuer signature,
 * claims, time, status, device signature and window (within ±`PRESENTATION_TOLERANCE_SEC`).
 * A bare card (static QR or pasted compact JWS) verifies as kind `static`.
 */
import { CardError, VERIFY_REASONS, type VerifyReason, type VerifyWarning } from "../errors";
import { isRevoked, isStatusListStale } from "../status-list/verify";
import type { CardClaims } from "./claims";
import { importDevicePublicKey } from "./device-key";
import { PRESENTATION_TOLERANCE_SEC, presentationMessage, WINDOW_SEC } from "./present";
import { decodeQrText } from "./qr-text";
import { EXPIRING_SOON_SEC } from "./time";
import type { Trust } from "./trust";
import { verifyCard } from "./verify";

export {
  createPresentation,
  PRESENTATION_TOLERANCE_SEC,
  presentationMessage,
  presentationWindow,
  WINDOW_SEC,
} from "./present";

/** Longest QR text looked at; anything longer is `TOO_LARGE` before any work. */
export const MAX_QR_TEXT_LENGTH = 4096;

const REASONS: ReadonlySet<string> = new Set(VERIFY_REASONS);
const ECDSA_SHA256 = { name: "ECDSA", hash: "SHA-256" } as const;

export type VerifyResult =
  | { valid: true; kind: "live" | "static"; claims: CardClaims; warnings: VerifyWarning[] }
  | {
      valid: false;
      reason: VerifyReason;
      /** Only when the issuer signature was good (e.g. revoked, expired). */
      claims?: CardClaims;
    };

function invalid(reason: VerifyReason, claims?: CardClaims): VerifyResult {
  return claims === undefined ? { valid: false, reason } : { valid: false, reason, claims };
}

function warningsFor(claims: CardClaims, trust: Trust, nowSec: number): VerifyWarning[] {
  const warnings: VerifyWarning[] = [];
  if (trust.status && isStatusListStale(trust.status, nowSec)) warnings.push("STATUS_STALE");
  if (claims.exp - nowSec <= EXPIRING_SOON_SEC) warnings.push("EXPIRING_SOON");
  return warnings;
}

/**
 * Verifies QR text (live presentation, static card, or a pasted compact JWS). Never throws and
 * never says valid without trust data: any failure is `{ valid: false, reason }`.
 */
export async function verifyPresentation(
  text: string,
  trust: Trust | null,
  nowSec: number,
): Promise<VerifyResult> {
  try {
    if (typeof text !== "string") return invalid("NOT_A_CARD");
    if (text.length > MAX_QR_TEXT_LENGTH) return invalid("TOO_LARGE");
    const decoded = decodeQrText(text.trim());
    if (!trust || !(trust.keys instanceof Map) || trust.keys.size === 0) return invalid("NO_TRUST");
    if (typeof nowSec !== "number" || !Number.isFinite(nowSec)) return invalid("NO_TRUST");

    const { claims } = await verifyCard(decoded.jws, trust, nowSec);

    if (!trust.status) return invalid("STATUS_UNAVAILABLE", claims);
    let revoked: boolean;
    try {
      revoked = isRevoked(trust.status, claims.sli);
    } catch {
      return invalid("STATUS_UNKNOWN", claims);
    }
    if (revoked) return invalid("REVOKED", claims);

    if (decoded.kind === "live") {
      let deviceKey: CryptoKey;
      try {
        deviceKey = await importDevicePublicKey(claims.k);
      } catch {
        return invalid("BAD_DEVICE_SIGNATURE", claims);
      }
      const message = presentationMessage(decoded.signature, decoded.window);
      const ok = await crypto.subtle.verify(ECDSA_SHA256, deviceKey, decoded.deviceSignature, message);
      if (!ok) return invalid("BAD_DEVICE_SIGNATURE", claims);
      // The window must overlap [now − tolerance, now + tolerance]: it ends ≥ now − 90 s and
      // starts ≤ now + 90 s. Older is likely a photo or screenshot; newer, a wrong clock.
      const windowStart = decoded.window * WINDOW_SEC;
      const late = windowStart + WINDOW_SEC < nowSec - PRESENTATION_TOLERANCE_SEC;
      if (late) return invalid("PRESENTATION_EXPIRED", claims);
      if (windowStart > nowSec + PRESENTATION_TOLERANCE_SEC) return invalid("PRESENTATION_FUTURE", claims);
    }
    return { valid: true, kind: decoded.kind, claims, warnings: warningsFor(claims, trust, nowSec) };
  } catch (error) {
    if (error instanceof CardError) {
      const reason = REASONS.has(error.code) ? (error.code as VerifyReason) : "MALFORMED";
      return invalid(reason, error.claims as CardClaims | undefined);
    }
    return invalid("MALFORMED");
  }
}
