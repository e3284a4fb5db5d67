/**
 * A card is valid until the end of the school year of the holder's regime (Sierra-Amazonía or
 * Costa-Galápagos), never more than 13 months. Ends are configured as "MM-DD" (Ecuador time).
 */
import { MAX_VALIDITY_SEC } from "#shared/card/claims";

export { MAX_VALIDITY_SEC };
export type Regime = "sierra" | "costa";

const DAY = 86_400;
/** A card issued this close to the end of a school year runs to the end of the next one. */
const MIN_VALIDITY_SEC = 30 * DAY;
/** Ecuador (mainland) is UTC−5 all year. */
const ECUADOR_OFFSET_SEC = 5 * 3600;

function endOfDayEcuador(year: number, monthDay: string): number {
  const [month, day] = monthDay.split("-").map(Number);
  if (month === undefined || day === undefined || !(month >= 1 && month <= 12 && day >= 1 && day <= 31)) {
    throw new Error(`school year end must be MM-DD, got ${monthDay}`);
  }
  return Date.UTC(year, month - 1, day, 23, 59, 59) / 1000 + ECUADOR_OFFSET_SEC;
}

export function cardValidity(
  nowSec: number,
  regime: Regime,
  ends: Record<Regime, string>,
): { nbf: number; exp: number } {
  const year = new Date(nowSec * 1000).getUTCFullYear();
  let exp = endOfDayEcuador(year, ends[regime]);
  for (let y = year + 1; exp < nowSec + MIN_VALIDITY_SEC; y++) exp = endOfDayEcuador(y, ends[regime]);
  return { nbf: nowSec, exp: Math.min(exp, nowSec + MAX_VALIDITY_SEC) };
}
