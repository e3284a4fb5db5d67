/**
 * AMIE code of a school (Archivo Maestro de Instituciones Educativas): 2-digit province (01–24
 * or 30), a letter, 5 digits, e.g. `02H00015`, `17H01234`, `09H00001`. Input is trimmed and
 * upper-cased.
 */
import { isProvinceCode } from "./province";
import { validatorSchema } from "./schema";

export type AmieCode = "AMIE_FORMAT" | "AMIE_PROVINCE";
export type AmieResult = { ok: true; value: string } | { ok: false; code: AmieCode };

export const AMIE_PATTERN = /^\d{2}[A-Z]\d{5}$/;

export function validateAmie(input: string): AmieResult {
  if (typeof input !== "string") return { ok: false, code: "AMIE_FORMAT" };
  const value = input.trim().toUpperCase();
  if (!AMIE_PATTERN.test(value)) return { ok: false, code: "AMIE_FORMAT" };
  if (!isProvinceCode(value.slice(0, 2), true)) return { ok: false, code: "AMIE_PROVINCE" };
  return { ok: true, value };
}

/** Valibot schema: a valid AMIE code, output normalised; issue message = code. */
export const amieSchema = validatorSchema("AMIE_FORMAT", validateAmie);
