/**
 * Who is behind a session, as far as they have got, in one D1 round trip: the session itself,
 * the account's roster row (with school and district), the cédula it bound, the consent in force.
 * Every personal route starts from this.
 */
import { type RosterPlacement, type RosterRow, toPlacement } from "./roster.ts";
import type { Session } from "./sessions.ts";

export interface Standing {
  person: RosterPlacement | null;
  account: { cedula: string; boundAt: number } | null;
  consent: { version: string; acceptedAt: number } | null;
}

interface Row extends Partial<RosterRow> {
  session_sub: string;
  session_email: string;
  session_name: string | null;
  created_at: number;
  expires_at: number;
  account_cedula: string | null;
  bound_at: number | null;
  consent_version: string | null;
  accepted_at: number | null;
}

export async function readSessionStanding(
  db: D1Database,
  sessionIdHash: string,
  now: number,
): Promise<{ session: Session; standing: Standing } | null> {
  const row = await db
    .prepare(
      `SELECT se.sub AS session_sub, se.email AS session_email, se.name AS session_name, se.created_at, se.expires_at,
              r.cedula, r.given_names, r.surnames, r.email, r.post, r.modality, r.amie, r.district, r.status,
              s.name AS school_name, s.regime, d.name AS district_name, d.province,
              a.cedula AS account_cedula, a.bound_at,
              c.version AS consent_version, c.accepted_at
       FROM session se
       LEFT JOIN roster r ON r.email = se.email
       LEFT JOIN school s ON s.amie = r.amie
       LEFT JOIN district d ON d.code = r.district
       LEFT JOIN account a ON a.email = se.email
       LEFT JOIN consent c ON c.id = (
         SELECT id FROM consent WHERE cedula = a.cedula AND withdrawn_at IS NULL ORDER BY accepted_at DESC, id DESC LIMIT 1
       )
       WHERE se.id_hash = ?1 AND se.expires_at > ?2`,
    )
    .bind(sessionIdHash, now)
    .first<Row>();
  if (row === null) return null;
  return {
    session: {
      sub: row.session_sub,
      email: row.session_email,
      name: row.session_name,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
    },
    standing: {
      person: row.cedula == null ? null : toPlacement(row as RosterRow),
      account: row.account_cedula == null ? null : { cedula: row.account_cedula, boundAt: row.bound_at ?? 0 },
      consent:
        row.consent_version == null
          ? null
          : { version: row.consent_version, acceptedAt: row.accepted_at ?? 0 },
    },
  };
}
