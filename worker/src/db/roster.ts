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
