/** Status list storage: the index allocator and the set of revoked indices. */

/**
 * Reserves `count` consecutive status list indices and returns the first (indices are never
 * reused, so a revoked bit stays revoked).
 */
export async function allocateStatusIndices(db: D1Database, count: number): Promise<number> {
  const row = await db
    .prepare(
      "UPDATE status_list_counter SET next_index = next_index + ?1 WHERE id = 1 RETURNING next_index - ?1 AS idx",
    )
    .bind(count)
    .first<{ idx: number }>();
  if (row === null) throw new Error("status_list_counter row missing");
  return row.idx;
}

/** How many indices have been handed out: the list must cover all of them. */
export async function readStatusListLength(db: D1Database): Promise<number> {
  const row = await db
    .prepare("SELECT next_index FROM status_list_counter WHERE id = 1")
    .first<{ next_index: number }>();
  return row?.next_index ?? 0;
}

/** Indices of every revoked card. */
export async function listRevokedIndices(db: D1Database): Promise<number[]> {
  const { results } = await db
    .prepare("SELECT status_index FROM card WHERE revoked_at IS NOT NULL")
    .all<{ status_index: number }>();
  return results.map((r) => r.status_index);
}
