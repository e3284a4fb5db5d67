/**
 * Education district code: 2-digit province (01–24), `D`, 2 digits, e.g. `17D04`, `09D01`.
 * Input is trimmed and upper-cased.
 */
import { isProvinceCode } from "./province";
import { validatorSchema } from "./schema";

export type DistrictCode = "DISTRICT_FORMAT" | "DISTRICT_PROVINCE";
export type DistrictResult = { ok: true; value: string } | { ok: false; code: DistrictCode };

export const DISTRICT_PATTERN = /^\d{2}D\d{2}$/;

export function validateDistrict(input: string): DistrictResult {
  if (typeof input !== "string") return { ok: false, code: "DISTRICT_FORMAT" };
  const value = input.trim().toUpperCase();
  if (!DISTRICT_PATTERN.test(value)) return { ok: false, code: "DISTRICT_FORMAT" };
  if (!isProvinceCode(value.slice(0, 2), false)) return { ok: false, code: "DISTRICT_PROVINCE" };
  return { ok: true, value };
}

/** Valibot schema: a valid district code, output normalised; issue message = code. */
export const districtSchema = validatorSchema("DISTRICT_FORMAT", validateDistrict);
