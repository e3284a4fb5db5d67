/**
 * What to do with the card on this device after hearing from the server (`GET /api/me`).
 * Pure: no I/O, so every branch is unit-tested. The server has one active card per person;
 * issuing again is a renewal and revokes the previous card.
 */
import type { IssuedCard, MeResponse } from "#shared/api/me";
import { decodeBase64url } from "#shared/base64url";
import { utf8Decoder } from "#shared/bytes";
import type { LocalCard } from "./card-store";

/** Renew a card this close to its expiry (the server then issues one to the next school year). */
export const RENEW_BEFORE_SEC = 30 * 86_400;
/** After a failed automatic renewal, wait this long before trying again on its own. */
export const RENEWAL_RETRY_SEC = 6 * 3_600;

export type SyncPlan =
  | { action: "keep" }
  /** The server's active card is bound to this device's key (e.g. renewed in another tab). */
  | { action: "adopt"; card: IssuedCard }
  | { action: "renew"; why: "expiring" | "revoked" }
  /** The active card is bound to another device's key: this device's card was replaced. */
  | { action: "elsewhere" }
  /** The server no longer backs the card (consent withdrawn, account deleted, not eligible). */
  | { action: "forget"; next: "cedula" | "consent" | "notEligible" }
  /** A new version of the agreement must be accepted; the card itself is still valid. */
  | { action: "consent" };

/** The `k` claim (device public key) of a compact JWS card, or null if it cannot be read. */
export function deviceKeyOf(jws: string): string | null {
  try {
    const payload = jws.split(".")[1] ?? "";
    const claims: unknown = JSON.parse(utf8Decoder.decode(decodeBase64url(payload)));
    const k = (claims as { k?: unknown } | null)?.k;
    return typeof k === "string" ? k : null;
  } catch {
    return null;
  }
}

export function needsRenewal(validUntil: number, nowSec: number): boolean {
  return validUntil - nowSec <= RENEW_BEFORE_SEC;
}

function renew(why: "expiring" | "revoked", nowSec: number, renewalTriedAt: number | undefined): SyncPlan {
  if (renewalTriedAt !== undefined && nowSec - renewalTriedAt < RENEWAL_RETRY_SEC) return { action: "keep" };
  return { action: "renew", why };
}

export function planSync(
  local: LocalCard,
  me: MeResponse,
  nowSec: number,
  renewalTriedAt?: number,
): SyncPlan {
  switch (me.state) {
    case "not_eligible":
      return { action: "forget", next: "notEligible" };
    case "needs_cedula":
      return { action: "forget", next: "cedula" };
    case "needs_consent":
      // No consent at all: it was withdrawn (and the card revoked). Otherwise the text changed.
      return me.consent === null ? { action: "forget", next: "consent" } : { action: "consent" };
    case "ready":
      break;
  }
  const active = me.card;
  if (active === null) return renew("revoked", nowSec, renewalTriedAt);
  if (active.cardId !== local.card.cardId) {
    return deviceKeyOf(active.jws) === local.device.k
      ? { action: "adopt", card: active }
      : { action: "elsewhere" };
  }
  if (needsRenewal(local.card.display.validUntil, nowSec)) return renew("expiring", nowSec, renewalTriedAt);
  return { action: "keep" };
}
