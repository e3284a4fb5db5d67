/** Log-in attempts and sessions. Only hashes of the cookie values are stored. */

export interface LoginAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  createdAt: number;
}

export async function insertLoginAttempt(db: D1Database, idHash: string, a: LoginAttempt): Promise<void> {
  await db
    .prepare(
      "INSERT INTO login_attempt (id_hash, state, nonce, code_verifier, return_to, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
    .bind(idHash, a.state, a.nonce, a.codeVerifier, a.returnTo, a.createdAt)
    .run();
}

/** Reads and deletes a log-in attempt: each one can finish at most once. */
export async function takeLoginAttempt(db: D1Database, idHash: string): Promise<LoginAttempt | null> {
  const row = await db
    .prepare(
      "DELETE FROM login_attempt WHERE id_hash = ?1 RETURNING state, nonce, code_verifier, return_to, created_at",
    )
    .bind(idHash)
    .first<{ state: string; nonce: string; code_verifier: string; return_to: string; created_at: number }>();
  if (row === null) return null;
  return {
    state: row.state,
    nonce: row.nonce,
    codeVerifier: row.code_verifier,
    returnTo: row.return_to,
    createdAt: row.created_at,
  };
}

export async function deleteStaleLoginAttempts(db: D1Database, olderThan: number): Promise<void> {
  await db.prepare("DELETE FROM login_attempt WHERE created_at < ?1").bind(olderThan).run();
}

export interface Session {
  sub: string;
  email: string;
  name: string | null;
  createdAt: number;
  expiresAt: number;
}

export async function insertSession(db: D1Database, idHash: string, s: Session): Promise<void> {
  await db
    .prepare(
      "INSERT INTO session (id_hash, sub, email, name, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
    .bind(idHash, s.sub, s.email, s.name, s.createdAt, s.expiresAt)
    .run();
}

export async function deleteSession(db: D1Database, idHash: string): Promise<void> {
  await db.prepare("DELETE FROM session WHERE id_hash = ?1").bind(idHash).run();
}

export async function deleteSessionsOf(db: D1Database, email: string): Promise<void> {
  await db.prepare("DELETE FROM session WHERE email = ?1").bind(email).run();
}

export async function countSessionsOf(db: D1Database, email: string): Promise<number> {
  const row = await db
    .prepare("SELECT COUNT(*) AS n FROM session WHERE email = ?1")
    .bind(email)
    .first<{ n: number }>();
  return row?.n ?? 0;
}
