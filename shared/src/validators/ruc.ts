/**
 * Ecuadorian RUC (Registro Único de Contribuyentes), 13 digits, by the third digit:
 * - 0–5 natural person: the first 10 are a valid cédula, the last 3 (establishment) ≥ 001;
 * - 6 public entity: modulo 11 with 3,2,7,6,5,4,3,2 over the first 8, check digit 9th, last 4 ≥ 0001;
 * - 9 private company: modulo 11 with 4,3,2,7,6,5,4,3,2 over the first 9, check digit 10th, last 3 ≥ 001.
 * The SRI has issued public and private RUCs that fail modulo 11, so that failure is a warning
 * (`RUC_CHECK_DIGIT`), not a rejection.
 */
import { validateCedula } from "./cedula";
import { isProvinceCode, stripSeparators } from "./province";
import { validatorSchema } from "./schema";

export type RucType = "natural" | "public" | "private";
export type RucCode = "RUC_FORMAT" | "RUC_PROVINCE" | "RUC_THIRD_DIGIT" | "RUC_ESTABLISHMENT" | "RUC_CEDULA";
export type RucWarning = "RUC_CHECK_DIGIT";
export type RucResult =
  | { ok: true; value: string; type: RucType; warnings: RucWarning[] }
  | { ok: false; code: RucCode };

const PUBLIC_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
const PRIVATE_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Modulo-11 check digit, or -1 when the remainder leaves none (11 − r = 10). */
function modulo11(digits: string, weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * (weights[i] as number);
  const r = sum % 11;
  if (r === 0) return 0;
  return r === 1 ? -1 : 11 - r;
}

export function validateRuc(input: string): RucResult {
  if (typeof input !== "string") return { ok: false, code: "RUC_FORMAT" };
  const value = stripSeparators(input);
  if (!/^\d{13}$/.test(value)) return { ok: false, code: "RUC_FORMAT" };
  if (!isProvinceCode(value.slice(0, 2), true)) return { ok: false, code: "RUC_PROVINCE" };
  const third = Number(value[2]);
  if (third <= 5) {
    if (!validateCedula(value.slice(0, 10)).ok) return { ok: false, code: "RUC_CEDULA" };
    if (value.slice(10) === "000") return { ok: false, code: "RUC_ESTABLISHMENT" };
    return { ok: true, value, type: "natural", warnings: [] };
  }
  if (third === 6) {
    if (value.slice(9) === "0000") return { ok: false, code: "RUC_ESTABLISHMENT" };
    const checkOk = modulo11(value, PUBLIC_WEIGHTS) === Number(value[8]);
    return { ok: true, value, type: "public", warnings: checkOk ? [] : ["RUC_CHECK_DIGIT"] };
  }
  if (third === 9) {
    if (value.slice(10) === "000") return { ok: false, code: "RUC_ESTABLISHMENT" };
    const checkOk = modulo11(value, PRIVATE_WEIGHTS) === Number(value[9]);
    return { ok: true, value, type: "private", warnings: checkOk ? [] : ["RUC_CHECK_DIGIT"] };
  }
  return { ok: false, code: "RUC_THIRD_DIGIT" };
}

/**
 * Valibot schema: a RUC that `validateRuc` accepts, output normalised (separators removed).
 * A `RUC_CHECK_DIGIT` warning does not fail it: call `validateRuc` for the warnings.
 */
export const rucSchema = validatorSchema("RUC_FORMAT", validateRuc);
