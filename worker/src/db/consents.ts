/** Acceptances of the data agreement: version, time and hash of the exact text. */

export interface Consent {
  id: number;
  version: string;
  textHash: string;
  acceptedAt: number;
  withdrawnAt: number | null;
}

interface ConsentRow {
  id: number;
  version: string;
  text_hash: string;
  accepted_at: number;
  withdrawn_at: number | null;
}
const toConsent = (r: ConsentRow): Consent => ({
  id: r.id,
  version: r.version,
  textHash: r.text_hash,
  acceptedAt: r.accepted_at,
  withdrawnAt: r.withdrawn_at,
});

export async function listConsents(db: D1Database, cedula: string): Promise<Consent[]> {
  const { results } = await db
    .prepare(
      "SELECT id, version, text_hash, accepted_at, withdrawn_at FROM consent WHERE cedula = ?1 ORDER BY id",
    )
    .bind(cedula)
    .all<ConsentRow>();
  return results.map(toConsent);
}

export function insertConsent(db: D1Database, cedula: string, version: string, textHash: string, at: number) {
  return db
    .prepare("INSERT INTO consent (cedula, version, text_hash, accepted_at) VALUES (?1, ?2, ?3, ?4)")
    .bind(cedula, version, textHash, at);
}

export function withdrawConsents(db: D1Database, cedula: string, at: number) {
  return db
    .prepare("UPDATE consent SET withdrawn_at = ?2 WHERE cedula = ?1 AND withdrawn_at IS NULL")
    .bind(cedula, at);
}
