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

export interface RosterRow {
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

export const toPlacement = (r: RosterRow): RosterPlacement => ({
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

export const POST_CODES: Record<Post, PostCode> = {
  docente: "doc",
  rector: "rec",
  vicerrector: "vic",
  director: "dir",
  subdirector: "sub",
  inspector: "ins",
  subinspector: "sin",
};
