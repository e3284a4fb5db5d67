/** Fixed-window counters: one row per key and window, old windows swept as new ones start. */

/** Counts one hit; returns the hits in the current window including this one. */
export async function countHit(db: D1Database, key: string, windowStart: number): Promise<number> {
  const row = await db
    .prepare(
      "INSERT INTO rate_limit (key, window_start, count) VALUES (?1, ?2, 1) ON CONFLICT (key, window_start) DO UPDATE SET count = count + 1 RETURNING count",
    )
    .bind(key, windowStart)
    .first<{ count: number }>();
  return row?.count ?? 1;
}

export async function deleteWindowsBefore(db: D1Database, windowStart: number): Promise<void> {
  await db.prepare("DELETE FROM rate_limit WHERE window_start < ?1").bind(windowStart).run();
}
