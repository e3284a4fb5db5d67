/** Issued cards: the status list index they own and whether they were revoked. */

export interface CardRecord {
  id: string;
  cedula: string;
  statusIndex: number;
  kid: string;
  deviceKey: string;
  issuedAt: number;
  notBefore: number;
  expiresAt: number;
  revokedAt: number | null;
  revokedReason: string | null;
  jws: string;
}

interface CardRow {
  id: string;
  cedula: string;
  status_index: number;
  kid: string;
  device_key: string;
  issued_at: number;
  not_before: number;
  expires_at: number;
  revoked_at: number | null;
  revoked_reason: string | null;
  jws: string;
}

const toCard = (r: CardRow): CardRecord => ({
  id: r.id,
  cedula: r.cedula,
  statusIndex: r.status_index,
  kid: r.kid,
  deviceKey: r.device_key,
  issuedAt: r.issued_at,
  notBefore: r.not_before,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
  revokedReason: r.revoked_reason,
  jws: r.jws,
});

const COLUMNS =
  "id, cedula, status_index, kid, device_key, issued_at, not_before, expires_at, revoked_at, revoked_reason, jws";

export function insertCard(db: D1Database, c: Omit<CardRecord, "revokedAt" | "revokedReason">) {
  return db
    .prepare(
      `INSERT INTO card (id, cedula, status_index, kid, device_key, issued_at, not_before, expires_at, jws) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
    )
    .bind(c.id, c.cedula, c.statusIndex, c.kid, c.deviceKey, c.issuedAt, c.notBefore, c.expiresAt, c.jws);
}

/** Revokes every card of a person not yet revoked (one active card per person). */
export function revokeCardsOf(db: D1Database, cedula: string, at: number, reason: string) {
  return db
    .prepare("UPDATE card SET revoked_at = ?2, revoked_reason = ?3 WHERE cedula = ?1 AND revoked_at IS NULL")
    .bind(cedula, at, reason);
}

/** The person's card in force: not revoked and not expired. */
export async function readActiveCard(
  db: D1Database,
  cedula: string,
  now: number,
): Promise<CardRecord | null> {
  const row = await db
    .prepare(
      `SELECT ${COLUMNS} FROM card WHERE cedula = ?1 AND revoked_at IS NULL AND expires_at > ?2 ORDER BY issued_at DESC LIMIT 1`,
    )
    .bind(cedula, now)
    .first<CardRow>();
  return row === null ? null : toCard(row);
}

export async function readCard(db: D1Database, id: string): Promise<CardRecord | null> {
  const row = await db.prepare(`SELECT ${COLUMNS} FROM card WHERE id = ?1`).bind(id).first<CardRow>();
  return row === null ? null : toCard(row);
}

export async function listCardsOf(db: D1Database, cedula: string): Promise<CardRecord[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM card WHERE cedula = ?1 ORDER BY issued_at`)
    .bind(cedula)
    .all<CardRow>();
  return results.map(toCard);
}
