import type { PostCode } from "#shared/card/claims";

export type Post =
  | "docente"
  | "rector"
  | "vicerrector"
  | "director"
  | "subdirector"
  | "inspector"
  | "subinspector";

export interface RosterPerson {
  cedula: string;
  givenNames: string;
  surnames: string;
  email: string;
  post: Post;
  modality: string;
  amie: string;
  district: string;
  status: "activo" | "inactivo";
}

/** A roster person with where they work, for the card's display record. */
export interface RosterPlacement extends RosterPerson {
  schoolName: string | null;
  regime: "sierra" | "costa" | null;
  districtName: string | null;
  province: string | null;
}

interface RosterRow {
  cedula: string;
  given_names: string;
  surnames: string;
  email: string;
  post: Post;
  modality: string;
  amie: string;
  district: string;
  status: "activo" | "inactivo";
  school_name: string | null;
  regime: "sierra" | "costa" | null;
  district_name: string | null;
  province: string | null;
}

const toPlacement = (r: RosterRow): RosterPlacement => ({
  cedula: r.cedula,
  givenNames: r.given_names,
  surnames: r.surnames,
  email: r.email,
  post: r.post,
  modality: r.modality,
  amie: r.amie,
  district: r.district,
  status: r.status,
  schoolName: r.school_name,
  regime: r.regime,
  districtName: r.district_name,
  province: r.province,
});

const SELECT_PLACEMENT = `
  SELECT r.cedula, r.given_names, r.surnames, r.email, r.post, r.modality, r.amie, r.district, r.status,
         s.name AS school_name, s.regime, d.name AS district_name, d.province
  FROM roster r
  LEFT JOIN school s ON s.amie = r.amie
  LEFT JOIN district d ON d.code = r.district`;

/** The roster row of an institutional account (the roster is keyed by e-mail for log-in). */
export async function readRosterByEmail(db: D1Database, email: string): Promise<RosterPlacement | null> {
  const row = await db.prepare(`${SELECT_PLACEMENT} WHERE r.email = ?1`).bind(email).first<RosterRow>();
  return row === null ? null : toPlacement(row);
}

export const POST_CODES: Record<Post, PostCode> = {
  docente: "doc",
  rector: "rec",
  vicerrector: "vic",
  director: "dir",
  subdirector: "sub",
  inspector: "ins",
  subinspector: "sin",
};

export interface Standing {
  person: RosterPlacement | null;
  account: { cedula: string; boundAt: number } | null;
  consent: { version: string; acceptedAt: number } | null;
}

interface StandingRow extends RosterRow {
  account_cedula: string | null;
  bound_at: number | null;
  consent_version: string | null;
  accepted_at: number | null;
}

/**
 * Everything the teacher routes need to know about an account in one round trip: its roster row
 * (with school and district), the cédula it bound, and the consent in force.
 */
export async function readStanding(db: D1Database, email: string): Promise<Standing> {
  const row = await db
    .prepare(
      `SELECT r.cedula, r.given_names, r.surnames, r.email, r.post, r.modality, r.amie, r.district, r.status,
              s.name AS school_name, s.regime, d.name AS district_name, d.province,
              a.cedula AS account_cedula, a.bound_at,
              c.version AS consent_version, c.accepted_at
       FROM (SELECT ?1 AS email) q
       LEFT JOIN roster r ON r.email = q.email
       LEFT JOIN school s ON s.amie = r.amie
       LEFT JOIN district d ON d.code = r.district
       LEFT JOIN account a ON a.email = q.email
       LEFT JOIN consent c ON c.id = (
         SELECT id FROM consent WHERE cedula = a.cedula AND withdrawn_at IS NULL ORDER BY accepted_at DESC, id DESC LIMIT 1
       )`,
    )
    .bind(email)
    .first<StandingRow>();
  return {
    person: row?.cedula == null ? null : toPlacement(row),
    account: row?.account_cedula == null ? null : { cedula: row.account_cedula, boundAt: row.bound_at ?? 0 },
    consent:
      row?.consent_version == null
        ? null
        : { version: row.consent_version, acceptedAt: row.accepted_at ?? 0 },
  };
}
