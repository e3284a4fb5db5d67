/** Decoding the `lst` of a Token Status List: base64url → zlib inflate → packed statuses. */
import { unzlibSync } from "fflate";
import { decodeBase64url } from "../base64url";
import { CardError } from "../errors";
import { MAX_STATUS_LIST_SIZE } from "./limits";

export const BITS_PER_STATUS = [1, 2, 4, 8] as const;
export type BitsPerStatus = (typeof BITS_PER_STATUS)[number];

function checkBits(bitsPerStatus: number): asserts bitsPerStatus is BitsPerStatus {
  if (!(BITS_PER_STATUS as readonly number[]).includes(bitsPerStatus)) {
    throw new CardError("STATUS_LIST_INVALID", "bits per status must be 1, 2, 4 or 8");
  }
}

/**
 * The packed statuses of `lst` (status i at bits i·b … i·b + b − 1, least significant first).
 * Throws `CardError` `STATUS_LIST_INVALID` on bad base64url, bad zlib data, an empty list or one
 * above `MAX_STATUS_LIST_SIZE` statuses.
 */
export function decodeStatusList(lst: string, bitsPerStatus: number = 1): Uint8Array<ArrayBuffer> {
  checkBits(bitsPerStatus);
  let compressed: Uint8Array;
  try {
    compressed = decodeBase64url(lst);
  } catch (cause) {
    throw new CardError("STATUS_LIST_INVALID", "lst is not base64url", { cause });
  }
  // Inflate into a bounded buffer one byte larger than allowed (at most MAX_STATUS_LIST_SIZE
  // statuses, and DEFLATE cannot expand more than 1032:1): filling it means "too large".
  const limit = Math.min((MAX_STATUS_LIST_SIZE * bitsPerStatus) / 8, compressed.length * 1032 + 64);
  let inflated: Uint8Array;
  try {
    inflated = unzlibSync(compressed, { out: new Uint8Array(limit + 1) });
  } catch (cause) {
    throw new CardError("STATUS_LIST_INVALID", "lst is not zlib data", { cause });
  }
  if (inflated.length > limit) throw new CardError("STATUS_LIST_INVALID", "status list too large");
  if (inflated.length === 0) throw new CardError("STATUS_LIST_INVALID", "empty status list");
  return inflated.slice();
}

/** How many statuses `bytes` hold at `bitsPerStatus` bits each. */
export function statusCount(bytes: Uint8Array, bitsPerStatus: number = 1): number {
  checkBits(bitsPerStatus);
  return (bytes.length * 8) / bitsPerStatus;
}

/** The status value at `index`, or `undefined` when the index is outside the list. */
export function statusAt(bytes: Uint8Array, index: number, bitsPerStatus: number = 1): number | undefined {
  checkBits(bitsPerStatus);
  if (!Number.isSafeInteger(index) || index < 0 || index >= (bytes.length * 8) / bitsPerStatus)
    return undefined;
  const bitOffset = index * bitsPerStatus;
  const byte = bytes[bitOffset >> 3] as number;
  return (byte >> (bitOffset & 7)) & ((1 << bitsPerStatus) - 1);
}
