/**
 * The teacher-side API contract: request schemas (validated by the Worker at the edge) and the
 * response shapes the web app reads. One definition for both sides.
 */
import * as v from "valibot";
import type { PostCode } from "../card/claims.ts";

const b64url = (length: number) => v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/), v.length(length));

export const cedulaBodySchema = v.object({ cedula: v.pipe(v.string(), v.maxLength(32)) });
export type CedulaBody = v.InferOutput<typeof cedulaBodySchema>;

export const consentBodySchema = v.object({
  version: v.pipe(v.string(), v.maxLength(32)),
  textHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});
export type ConsentBody = v.InferOutput<typeof consentBodySchema>;

/** The device's P-256 public key as a JWK (the private half never leaves the device). */
export const devicePublicJwkSchema = v.object({
  kty: v.literal("EC"),
  crv: v.literal("P-256"),
  x: b64url(43),
  y: b64url(43),
});
export const issueCardBodySchema = v.object({ devicePublicKey: devicePublicJwkSchema });
export type IssueCardBody = v.InferOutput<typeof issueCardBodySchema>;

/** Where the person stands; the app shows the matching screen. */
export type MeState = "needs_cedula" | "needs_consent" | "ready" | "not_eligible";
export type IneligibleReason = "NOT_IN_ROSTER" | "INACTIVE" | "EMAIL_DOMAIN";

export interface CardDisplay {
  name: string;
  post: PostCode;
  role: "docente" | "directivo";
  amie: string;
  schoolName: string;
  district: string;
  districtName: string;
  province: string;
  cedulaLast4: string;
  validFrom: number;
  validUntil: number;
}

export interface IssuedCard {
  /** The compact JWS: what the QR carries. */
  jws: string;
  cardId: string;
  display: CardDisplay;
}

export interface MeResponse {
  state: MeState;
  email: string;
  name: string | null;
  reason?: IneligibleReason;
  /** Whom to contact when not eligible. */
  contact?: string;
  consent: { version: string; acceptedAt: number } | null;
  currentConsentVersion: string;
  card: IssuedCard | null;
}
