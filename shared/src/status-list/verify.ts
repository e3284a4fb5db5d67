/**
 * Verifies a `statuslist+jwt` against the trusted issuer keys and decodes it. Any failure is a
 * `CardError` `STATUS_LIST_INVALID` (the caller keeps its previous list); a list issued in the
 * future beyond the clock tolerance is `DEVICE_CLOCK_WRONG`. An expired list is accepted: the
 * verifier warns (`STATUS_STALE`) rather than losing all revocation data, and re-importing a
 * stored bundle later still works.
 */
import * as v from "valibot";
import { utf8Decoder } from "../bytes";
import { CLOCK_TOLERANCE_SEC } from "../card/time";
import { CardError } from "../errors";
import { splitCompact } from "../jws/compact";
import { checkProtectedHeader } from "../jws/header";
import { verifyCompactEs256 } from "../jws/verify";
import { type BitsPerStatus, decodeStatusList, statusAt, statusCount } from "./decode";
import { MAX_STATUS_LIST_JWT_LENGTH } from "./limits";
import { STATUS_LIST_TYP } from "./sign";

export interface StatusListState {
  /** Packed statuses as decoded from `lst`. */
  bits: Uint8Array<ArrayBuffer>;
  /** Number of statuses in `bits`. */
  size: number;
  bitsPerStatus: BitsPerStatus;
  /** The list's URI (JWT `sub`). */
  uri: string;
  iat: number;
  exp: number;
  ttl: number;
}

const time = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const payloadSchema = v.object({
  sub: v.pipe(v.string(), v.minLength(1)),
  iat: time,
  exp: time,
  ttl: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  status_list: v.object({ bits: v.picklist([1, 2, 4, 8]), lst: v.pipe(v.string(), v.minLength(1)) }),
});

function invalid(message: string, cause?: unknown): CardError {
  return new CardError("STATUS_LIST_INVALID", message, cause === undefined ? undefined : { cause });
}

export async function verifyStatusList(
  jwt: string,
  keys: ReadonlyMap<string, CryptoKey>,
  nowSec: number,
): Promise<StatusListState> {
  if (typeof jwt !== "string" || jwt.length > MAX_STATUS_LIST_JWT_LENGTH)
    throw invalid("status list too large");
  let payloadBytes: Uint8Array;
  try {
    const parts = splitCompact(jwt);
    const { header } = checkProtectedHeader(parts.header, keys);
    if (header.typ !== STATUS_LIST_TYP) throw invalid(`typ must be ${STATUS_LIST_TYP}`);
    payloadBytes = await verifyCompactEs256(jwt, keys);
  } catch (error) {
    if (error instanceof CardError && error.code === "STATUS_LIST_INVALID") throw error;
    throw invalid(`status list token rejected: ${error instanceof CardError ? error.code : "error"}`, error);
  }
  let json: unknown;
  try {
    json = JSON.parse(utf8Decoder.decode(payloadBytes));
  } catch (cause) {
    throw invalid("status list payload is not JSON", cause);
  }
  const parsed = v.safeParse(payloadSchema, json);
  if (!parsed.success) throw invalid("status list payload has the wrong shape");
  const { sub, iat, exp, ttl, status_list } = parsed.output;
  if (exp <= iat) throw invalid("status list exp must be after iat");
  if (iat > nowSec + CLOCK_TOLERANCE_SEC) {
    throw new CardError(
      "DEVICE_CLOCK_WRONG",
      "status list issued in the future: this device's clock is behind",
    );
  }
  const bits = decodeStatusList(status_list.lst, status_list.bits);
  return {
    bits,
    size: statusCount(bits, status_list.bits),
    bitsPerStatus: status_list.bits,
    uri: sub,
    iat,
    exp,
    ttl,
  };
}

/** The status at `index`, or `undefined` when the index is outside the list. */
export function statusOf(state: StatusListState, index: number): number | undefined {
  return index < state.size ? statusAt(state.bits, index, state.bitsPerStatus) : undefined;
}

/**
 * True when the card at `index` is not valid (any non-zero status: revoked, suspended, …).
 * Throws `CardError` `STATUS_UNKNOWN` when the index is outside the list.
 */
export function isRevoked(state: StatusListState, index: number): boolean {
  const status = statusOf(state, index);
  if (status === undefined) throw new CardError("STATUS_UNKNOWN", "index outside the status list");
  return status !== 0;
}

/** True when the list should have been refreshed: past `iat + ttl`, or past `exp`. */
export function isStatusListStale(state: StatusListState, nowSec: number): boolean {
  return nowSec > state.iat + state.ttl || nowSec >= state.exp;
}
