/** Requests to delete personal data (LOPDP art. 15). */

export function insertDeletionRequest(db: D1Database, r: { cedula: string; email: string; at: number }) {
  return db
    .prepare("INSERT INTO deletion_request (cedula, email, requested_at) VALUES (?1, ?2, ?3)")
    .bind(r.cedula, r.email, r.at);
}

export async function listDeletionRequests(
  db: D1Database,
  email: string,
): Promise<{ requestedAt: number; completedAt: number | null }[]> {
  const { results } = await db
    .prepare("SELECT requested_at, completed_at FROM deletion_request WHERE email = ?1 ORDER BY id")
    .bind(email)
    .all<{ requested_at: number; completed_at: number | null }>();
  return results.map((r) => ({ requestedAt: r.requested_at, completedAt: r.completed_at }));
}
