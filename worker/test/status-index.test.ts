import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { nextStatusIndex, STATUS_INDEX_BLOCK } from "../src/cards/status-index.ts";
import { readStatusListLength } from "../src/db/status-list.ts";

describe("nextStatusIndex", () => {
  it("hands out distinct indices, reserving them from D1 a block at a time", async () => {
    const before = await readStatusListLength(env.DB);
    const indices = await Promise.all(
      Array.from({ length: STATUS_INDEX_BLOCK * 2 + 3 }, () => nextStatusIndex(env.DB)),
    );
    expect(new Set(indices).size).toBe(indices.length);
    const after = await readStatusListLength(env.DB);
    // Every index handed out is inside the list the Worker publishes.
    expect(Math.max(...indices)).toBeLessThan(after);
    // Blocks, not one round trip per card: at most a few blocks for this many cards.
    expect(after - before).toBeLessThanOrEqual(STATUS_INDEX_BLOCK * 4 + STATUS_INDEX_BLOCK);
  });
});
