/** The cédula bound to an institutional account, and the wrong-answer log used for rate limiting. */

export interface Account {
  email: string;
  sub: string;
  cedula: string;
  boundAt: number;
}

export async function insertAccount(db: D1Database, a: Account): Promise<void> {
  await db
    .prepare("INSERT INTO account (email, sub, cedula, bound_at) VALUES (?1, ?2, ?3, ?4)")
    .bind(a.email, a.sub, a.cedula, a.boundAt)
    .run();
}

export async function deleteAccount(db: D1Database, email: string): Promise<void> {
  await db.prepare("DELETE FROM account WHERE email = ?1").bind(email).run();
}

export async function insertCedulaAttempt(db: D1Database, email: string, at: number): Promise<void> {
  await db.prepare("INSERT INTO cedula_attempt (email, at) VALUES (?1, ?2)").bind(email, at).run();
}

/** Wrong answers since `since`, oldest first. */
export async function listCedulaAttempts(db: D1Database, email: string, since: number): Promise<number[]> {
  const { results } = await db
    .prepare("SELECT at FROM cedula_attempt WHERE email = ?1 AND at >= ?2 ORDER BY at")
    .bind(email, since)
    .all<{ at: number }>();
  return results.map((r) => r.at);
}

export async function deleteCedulaAttempts(db: D1Database, email: string): Promise<void> {
  await db.prepare("DELETE FROM cedula_attempt WHERE email = ?1").bind(email).run();
}
