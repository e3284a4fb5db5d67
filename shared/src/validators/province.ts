/**
 * Ecuador's province codes as used by cédula, RUC, AMIE and district codes: 01–24 are the
 * provinces; 30 is "Ecuadorians registered abroad" (cédula, RUC, AMIE only: no school district).
 */
export function isProvinceCode(code: string, allowAbroad: boolean): boolean {
  const n = Number(code);
  return (n >= 1 && n <= 24) || (allowAbroad && n === 30);
}

/** Removes spaces and dashes people type inside identifiers ("17-1234567-8", "1712 345 678"). */
export function stripSeparators(input: string): string {
  return input.replace(/[\s-]/g, "");
}
