import { allocateStatusIndices } from "../db/status-list.ts";

/**
 * Status list indices for new cards, reserved from D1 a block at a time so that issuing a card
 * costs no extra round trip most of the time. An isolate that ends with part of a block unused
 * leaves those bits at 0 for ever: a few unused entries in a list of hundreds of thousands.
 */
export const STATUS_INDEX_BLOCK = 32;

let pool = { next: 0, end: 0 };
/** The one refill in flight: concurrent requests of this isolate wait for it instead of each reserving a block. */
let refill: Promise<void> | null = null;

export async function nextStatusIndex(db: D1Database): Promise<number> {
  while (pool.next >= pool.end) {
    refill ??= allocateStatusIndices(db, STATUS_INDEX_BLOCK)
      .then((first) => {
        pool = { next: first, end: first + STATUS_INDEX_BLOCK };
      })
      .finally(() => {
        refill = null;
      });
    await refill;
  }
  const index = pool.next;
  pool.next += 1;
  return index;
}
