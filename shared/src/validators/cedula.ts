/**
 * Ecuadorian cédula de identidad: 10 digits; province 01–24 or 30; third digit 0–5 (natural
 * person); the tenth digit is a modulo-10 check digit with coefficients 2,1,2,1,… over the first
 * nine (a product above 9 loses 9).
 */
import { isProvinceCode, stripSeparators } from "./province";
import { validatorSchema } from "./schema";

export type CedulaCode = "CEDULA_FORMAT" | "CEDULA_PROVINCE" | "CEDULA_THIRD_DIGIT" | "CEDULA_CHECK_DIGIT";
export type CedulaResult = { ok: true; value: string } | { ok: false; code: CedulaCode };

/** The check digit for the first nine digits of a cédula (a string of 9 digits). */
export function cedulaCheckDigit(first9: string): number {
  if (!/^\d{9}$/.test(first9)) throw new RangeError("cedulaCheckDigit needs exactly 9 digits");
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let product = Number(first9[i]) * (i % 2 === 0 ? 2 : 1);
    if (product > 9) product -= 9;
    sum += product;
  }
  return (10 - (sum % 10)) % 10;
}

export function validateCedula(input: string): CedulaResult {
  if (typeof input !== "string") return { ok: false, code: "CEDULA_FORMAT" };
  const value = stripSeparators(input);
  if (!/^\d{10}$/.test(value)) return { ok: false, code: "CEDULA_FORMAT" };
  if (!isProvinceCode(value.slice(0, 2), true)) return { ok: false, code: "CEDULA_PROVINCE" };
  if (Number(value[2]) > 5) return { ok: false, code: "CEDULA_THIRD_DIGIT" };
  if (cedulaCheckDigit(value.slice(0, 9)) !== Number(value[9]))
    return { ok: false, code: "CEDULA_CHECK_DIGIT" };
  return { ok: true, value };
}

/** Valibot schema: a valid cédula, output normalised (separators removed); issue message = code. */
export const cedulaSchema = validatorSchema("CEDULA_FORMAT", validateCedula);
