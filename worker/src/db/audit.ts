/** The audit log: who did what, when. */
export function insertAudit(
  db: D1Database,
  entry: { at: number; actor: string; action: string; subject?: string | null; detail?: string | null },
) {
  return db
    .prepare("INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?1, ?2, ?3, ?4, ?5)")
    .bind(entry.at, entry.actor, entry.action, entry.subject ?? null, entry.detail ?? null);
}
