import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { amieSchema, validateAmie } from "../src/validators/amie";
import { cedulaCheckDigit, cedulaSchema, validateCedula } from "../src/validators/cedula";
import { districtSchema, validateDistrict } from "../src/validators/district";
import { rucSchema, validateRuc } from "../src/validators/ruc";

const province = fc
  .oneof(fc.integer({ min: 1, max: 24 }), fc.constant(30))
  .map((n) => String(n).padStart(2, "0"));
const validCedula = fc
  .tuple(province, fc.integer({ min: 0, max: 5 }), fc.stringMatching(/^\d{6}$/))
  .map(([p, third, rest]) => {
    const first9 = `${p}${third}${rest}`;
    return `${first9}${cedulaCheckDigit(first9)}`;
  });

describe("cédula", () => {
  it("generated valid cédulas pass", () => {
    fc.assert(
      fc.property(validCedula, (cedula) => {
        expect(validateCedula(cedula)).toEqual({ ok: true, value: cedula });
      }),
    );
  });

  it("changing any single digit makes it fail", () => {
    fc.assert(
      fc.property(
        validCedula,
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (cedula, at, delta) => {
          const digit = (Number(cedula[at]) + delta) % 10;
          const changed = cedula.slice(0, at) + digit + cedula.slice(at + 1);
          expect(validateCedula(changed).ok).toBe(false);
        },
      ),
    );
  });

  it("known example and the check digit rule", () => {
    expect(cedulaCheckDigit("171234567")).toBe(5);
    expect(validateCedula("1712345675")).toEqual({ ok: true, value: "1712345675" });
    expect(validateCedula(" 171234567-5 ")).toEqual({ ok: true, value: "1712345675" });
    expect(validateCedula("17 1234 5675")).toEqual({ ok: true, value: "1712345675" });
  });

  it("reports the specific code", () => {
    expect(validateCedula("171234567")).toEqual({ ok: false, code: "CEDULA_FORMAT" });
    expect(validateCedula("17123456751")).toEqual({ ok: false, code: "CEDULA_FORMAT" });
    expect(validateCedula("17123456a2")).toEqual({ ok: false, code: "CEDULA_FORMAT" });
    expect(validateCedula("2512345672")).toEqual({ ok: false, code: "CEDULA_PROVINCE" });
    expect(validateCedula("0012345672")).toEqual({ ok: false, code: "CEDULA_PROVINCE" });
    expect(validateCedula("1762345672")).toEqual({ ok: false, code: "CEDULA_THIRD_DIGIT" });
    expect(validateCedula("1712345673")).toEqual({ ok: false, code: "CEDULA_CHECK_DIGIT" });
    const abroad = `301234567${cedulaCheckDigit("301234567")}`;
    expect(validateCedula(abroad).ok).toBe(true);
  });

  it("schema: output normalised, issue message is the code", () => {
    expect(v.parse(cedulaSchema, "171234567-5")).toBe("1712345675");
    const result = v.safeParse(cedulaSchema, "1712345673");
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.message).toBe("CEDULA_CHECK_DIGIT");
    expect(v.safeParse(cedulaSchema, 1712345675).issues?.[0]?.message).toBe("CEDULA_FORMAT");
  });
});

describe("RUC", () => {
  it("real public-entity and company RUCs pass the modulo-11 check", () => {
    // Servicio de Rentas Internas, Ministerio de Educación (public); Banco Pichincha, Corporación Favorita (private).
    expect(validateRuc("1760013210001")).toEqual({
      ok: true,
      value: "1760013210001",
      type: "public",
      warnings: [],
    });
    expect(validateRuc("1760001120001")).toEqual({
      ok: true,
      value: "1760001120001",
      type: "public",
      warnings: [],
    });
    expect(validateRuc("1790010937001")).toEqual({
      ok: true,
      value: "1790010937001",
      type: "private",
      warnings: [],
    });
    expect(validateRuc("1790016919001")).toEqual({
      ok: true,
      value: "1790016919001",
      type: "private",
      warnings: [],
    });
  });

  it("a natural person's RUC is a valid cédula plus an establishment", () => {
    expect(validateRuc("1712345675001")).toEqual({
      ok: true,
      value: "1712345675001",
      type: "natural",
      warnings: [],
    });
    expect(validateRuc("1712345673001")).toEqual({ ok: false, code: "RUC_CEDULA" });
    expect(validateRuc("1712345675000")).toEqual({ ok: false, code: "RUC_ESTABLISHMENT" });
  });

  it("a modulo-11 failure is a warning for public and private RUCs", () => {
    expect(validateRuc("1790010938001")).toEqual({
      ok: true,
      value: "1790010938001",
      type: "private",
      warnings: ["RUC_CHECK_DIGIT"],
    });
    expect(validateRuc("1760013220001")).toMatchObject({
      ok: true,
      type: "public",
      warnings: ["RUC_CHECK_DIGIT"],
    });
  });

  it("format, province, third digit and establishment errors", () => {
    expect(validateRuc("179001093700")).toEqual({ ok: false, code: "RUC_FORMAT" });
    expect(validateRuc("2790010937001")).toEqual({ ok: false, code: "RUC_PROVINCE" });
    expect(validateRuc("1770010937001")).toEqual({ ok: false, code: "RUC_THIRD_DIGIT" });
    expect(validateRuc("1780010937001")).toEqual({ ok: false, code: "RUC_THIRD_DIGIT" });
    expect(validateRuc("1790010937000")).toEqual({ ok: false, code: "RUC_ESTABLISHMENT" });
    expect(validateRuc("1760013210000")).toEqual({ ok: false, code: "RUC_ESTABLISHMENT" });
    expect(validateRuc("17-9001093-7001")).toMatchObject({ ok: true, value: "1790010937001" });
  });

  it("schema", () => {
    expect(v.parse(rucSchema, "1790010937001")).toBe("1790010937001");
    expect(v.safeParse(rucSchema, "1790010937000").issues?.[0]?.message).toBe("RUC_ESTABLISHMENT");
  });
});

describe("AMIE and district", () => {
  it("accepts real codes, normalises case and spaces", () => {
    for (const code of ["02H00015", "17H01234", "09H00001", "30B00001"])
      expect(validateAmie(code)).toEqual({ ok: true, value: code });
    expect(validateAmie(" 17h01234 ")).toEqual({ ok: true, value: "17H01234" });
    for (const code of ["17D04", "09D01", "24D02", "01D01"])
      expect(validateDistrict(code)).toEqual({ ok: true, value: code });
    expect(validateDistrict("17d04")).toEqual({ ok: true, value: "17D04" });
  });

  it("rejects with the specific code", () => {
    expect(validateAmie("17H0123")).toEqual({ ok: false, code: "AMIE_FORMAT" });
    expect(validateAmie("17101234")).toEqual({ ok: false, code: "AMIE_FORMAT" });
    expect(validateAmie("25H01234")).toEqual({ ok: false, code: "AMIE_PROVINCE" });
    expect(validateAmie("00H01234")).toEqual({ ok: false, code: "AMIE_PROVINCE" });
    expect(validateDistrict("17D4")).toEqual({ ok: false, code: "DISTRICT_FORMAT" });
    expect(validateDistrict("17X04")).toEqual({ ok: false, code: "DISTRICT_FORMAT" });
    expect(validateDistrict("30D01")).toEqual({ ok: false, code: "DISTRICT_PROVINCE" });
    expect(validateDistrict("25D01")).toEqual({ ok: false, code: "DISTRICT_PROVINCE" });
  });

  it("schemas", () => {
    expect(v.parse(amieSchema, "09h00001")).toBe("09H00001");
    expect(v.safeParse(amieSchema, "99H00001").issues?.[0]?.message).toBe("AMIE_PROVINCE");
    expect(v.parse(districtSchema, "09d01")).toBe("09D01");
    expect(v.safeParse(districtSchema, "9D01").issues?.[0]?.message).toBe("DISTRICT_FORMAT");
  });
});
