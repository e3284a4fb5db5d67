/**
 * What the result screen shows for a verification: its tone (green / amber / red, or "cannot
 * verify" when this verifier lacks data), headline and explanations. Pure, for the tests.
 *
 * - valid: a live card, no warning, the clock looks right;
 * - caution: valid, but a static copy (ask for the cédula), a warning (expiring soon, stale
 *   revocation list) or a doubtful clock;
 * - invalid: a reason why the card is not valid;
 * - unknown: this verifier cannot tell (no trust data, no status for this card): never "valid".
 */
import type { VerifyResult } from "#shared/card/presentation";
import type { VerifyReason } from "#shared/errors";
import { reasonKey, warningKey } from "#shared/i18n/index";
import type { ClockCheck } from "./clock";
import type { Params, StringKey } from "./strings/index";

export type Tone = "valid" | "caution" | "invalid" | "unknown";

export interface Line {
  key: StringKey;
  params?: Params;
}

export interface ResultView {
  tone: Tone;
  headline: StringKey;
  lines: Line[];
}

/** Reasons that say nothing about the card, only that this verifier lacks data to judge it. */
const CANNOT_VERIFY: ReadonlySet<VerifyReason> = new Set([
  "NO_TRUST",
  "STATUS_UNAVAILABLE",
  "STATUS_UNKNOWN",
]);

function clockLine(clock: ClockCheck): Line | null {
  if (clock.kind === "skew") return { key: "clock.skew", params: { minutes: clock.minutes } };
  if (clock.kind === "behindData") return { key: "clock.behindData" };
  return null;
}

export function resultView(result: VerifyResult, clock: ClockCheck): ResultView {
  const clockProblem = clockLine(clock);
  if (!result.valid) {
    const lines: Line[] = [{ key: reasonKey(result.reason) }];
    if (clockProblem) lines.push(clockProblem);
    return CANNOT_VERIFY.has(result.reason)
      ? { tone: "unknown", headline: "result.cannotVerify", lines }
      : { tone: "invalid", headline: "verify.invalid", lines };
  }
  const lines: Line[] = [];
  if (result.kind === "static") lines.push({ key: "verify.static_hint" });
  for (const warning of result.warnings) lines.push({ key: warningKey(warning) });
  if (clockProblem) lines.push(clockProblem);
  const headline = result.kind === "live" ? "verify.valid_live" : "verify.valid_static";
  return { tone: lines.length === 0 ? "valid" : "caution", headline, lines };
}
