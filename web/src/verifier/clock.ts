/**
 * Does this device's clock look right? Two signs, both measured against the server when the
 * trust data was last fetched: the HTTP `Date` difference, and the clock now being earlier
 * than that fetch. The tolerance is the one the card checks use (`CLOCK_TOLERANCE_SEC`).
 */
import { CLOCK_TOLERANCE_SEC } from "#shared/card/time";
import type { StoredTrustBundle } from "../data/trust-store";

export type ClockCheck = { kind: "ok" } | { kind: "skew"; minutes: number } | { kind: "behindData" };

export function checkClock(bundle: StoredTrustBundle | null, nowSec: number): ClockCheck {
  if (bundle === null) return { kind: "ok" };
  const skew = bundle.clockSkewSec;
  if (skew !== null && Math.abs(skew) > CLOCK_TOLERANCE_SEC) {
    return { kind: "skew", minutes: Math.round(Math.abs(skew) / 60) };
  }
  if (nowSec < bundle.fetchedAt - CLOCK_TOLERANCE_SEC) return { kind: "behindData" };
  return { kind: "ok" };
}
