import { describe, expect, test } from "vitest";
import type { CardClaims } from "#shared/card/claims";
import { MAX_QR_TEXT_LENGTH } from "#shared/card/presentation";
import { VERIFY_REASONS } from "#shared/errors";
import { nextCameraId } from "../src/scanner/camera";
import { checkClock } from "../src/verifier/clock";
import { formatAge, formatDuration } from "../src/verifier/format";
import { provinceOfDistrict } from "../src/verifier/provinces";
import { resultView } from "../src/verifier/result-view";
import { cleanScannedText } from "../src/verifier/scanned-text";
import { en } from "../src/verifier/strings/en";
import { es } from "../src/verifier/strings/es";
import { vt } from "../src/verifier/strings/index";

const claims = { n: "Ana", p: "doc", a: "09H00001", d: "09D01", c4: "8518" } as CardClaims;
const bundle = (fetchedAt: number, clockSkewSec: number | null) => ({
  jwks: { keys: [] },
  statusList: "x",
  fetchedAt,
  clockSkewSec,
});

describe("scanned text", () => {
  test("trims, drops line breaks and repairs the prefix as other keyboard layouts type it", () => {
    expect(cleanScannedText("  CDD1:0123\r\n")).toBe("CDD1:0123");
    expect(cleanScannedText("cdd1:0123")).toBe("CDD1:0123");
    expect(cleanScannedText("CDD1Ñ0123")).toBe("CDD1:0123");
    expect(cleanScannedText("CDD1;0123")).toBe("CDD1:0123");
    expect(cleanScannedText("CDD10123")).toBe("CDD1:0123");
  });

  test("leaves anything else alone, and oversized text untouched", () => {
    expect(cleanScannedText("eyJhbGciOiJFUzI1NiJ9.e30.sig")).toBe("eyJhbGciOiJFUzI1NiJ9.e30.sig");
    expect(cleanScannedText("CDD1:abc")).toBe("CDD1:abc");
    expect(cleanScannedText("hola")).toBe("hola");
    const huge = ` ${"1".repeat(MAX_QR_TEXT_LENGTH * 2)}\n`;
    expect(cleanScannedText(huge)).toBe(huge);
  });
});

describe("result view", () => {
  const ok = { kind: "ok" } as const;

  test("green only for a live card with no warning and a sane clock", () => {
    expect(resultView({ valid: true, kind: "live", claims, warnings: [] }, ok)).toEqual({
      tone: "valid",
      headline: "verify.valid_live",
      lines: [],
    });
    expect(
      resultView({ valid: true, kind: "live", claims, warnings: [] }, { kind: "skew", minutes: 9 }).tone,
    ).toBe("caution");
    expect(resultView({ valid: true, kind: "live", claims, warnings: ["EXPIRING_SOON"] }, ok)).toEqual({
      tone: "caution",
      headline: "verify.valid_live",
      lines: [{ key: "warning.EXPIRING_SOON" }],
    });
  });

  test("a static copy is amber and asks for the cédula", () => {
    const view = resultView({ valid: true, kind: "static", claims, warnings: [] }, ok);
    expect(view.tone).toBe("caution");
    expect(view.headline).toBe("verify.valid_static");
    expect(view.lines[0]?.key).toBe("verify.static_hint");
  });

  test("every reason is red, except the three that mean this verifier lacks data", () => {
    for (const reason of VERIFY_REASONS) {
      const view = resultView({ valid: false, reason }, ok);
      const cannot = reason === "NO_TRUST" || reason === "STATUS_UNAVAILABLE" || reason === "STATUS_UNKNOWN";
      expect(view.tone, reason).toBe(cannot ? "unknown" : "invalid");
      expect(view.headline, reason).toBe(cannot ? "result.cannotVerify" : "verify.invalid");
      expect(view.lines[0]?.key).toBe(`reason.${reason}`);
      // Every line has words in both languages.
      for (const line of view.lines) {
        expect(vt("es", line.key)).not.toBe(line.key);
        expect(vt("en", line.key)).not.toBe(line.key);
      }
    }
  });
});

describe("device clock", () => {
  test("fine within the tolerance (5 min) of the server, and with no data", () => {
    expect(checkClock(null, 1000)).toEqual({ kind: "ok" });
    expect(checkClock(bundle(1000, 299), 1000)).toEqual({ kind: "ok" });
    expect(checkClock(bundle(1000, -180), 1000)).toEqual({ kind: "ok" });
    expect(checkClock(bundle(1000, null), 5000)).toEqual({ kind: "ok" });
  });

  test("wrong when off the server by more, or when now is before the last fetch", () => {
    expect(checkClock(bundle(1000, 301), 1000)).toEqual({ kind: "skew", minutes: 5 });
    expect(checkClock(bundle(1000, -3600), 1000)).toEqual({ kind: "skew", minutes: 60 });
    expect(checkClock(bundle(10_000, 0), 10_000 - 301)).toEqual({ kind: "behindData" });
  });
});

describe("formatting", () => {
  test("ages in both languages", () => {
    expect(formatAge("es", 30)).toBeNull();
    expect(formatAge("es", 5 * 60)).toBe("hace 5 min");
    expect(formatAge("es", 2 * 3600 + 59)).toBe("hace 2 h");
    expect(formatAge("en", 2 * 3600)).toBe("2 hr. ago");
    expect(formatAge("es", 3 * 86_400)).toBe("hace 3 días");
    expect(formatDuration("es", 43_200)).toBe("12 h");
  });

  test("province from the district code", () => {
    expect(provinceOfDistrict("17D04")).toBe("Pichincha");
    expect(provinceOfDistrict("13D01")).toBe("Manabí");
    expect(provinceOfDistrict("24D02")).toBe("Santa Elena");
    expect(provinceOfDistrict("99D01")).toBeNull();
  });
});

describe("camera switch", () => {
  const camera = (deviceId: string) =>
    ({ deviceId, kind: "videoinput", label: deviceId, groupId: "" }) as MediaDeviceInfo;

  test("cycles through the cameras; nothing to switch to with one", () => {
    const cameras = [camera("back"), camera("front"), camera("wide")];
    expect(nextCameraId(cameras, "back")).toBe("front");
    expect(nextCameraId(cameras, "wide")).toBe("back");
    expect(nextCameraId(cameras, undefined)).toBe("back");
    expect(nextCameraId([camera("only")], "only")).toBeUndefined();
    expect(nextCameraId([], undefined)).toBeUndefined();
  });
});

describe("verifier strings", () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  test("English has exactly the Spanish keys and the same placeholders, none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
    for (const [key, text] of Object.entries(es)) {
      const english = en[key as keyof typeof es];
      expect(placeholders(english), key).toEqual(placeholders(text));
      expect(text.trim(), key).not.toBe("");
      expect(english.trim(), key).not.toBe("");
    }
  });

  test("shared messages come through the same translator", () => {
    expect(vt("es", "reason.REVOKED")).toBe("Este carnet fue anulado. No es válido.");
    expect(vt("en", "verify.valid_live")).toBe("Valid card");
    expect(vt("es", "trust.updated", { age: "hace 2 h" })).toBe("Datos actualizados hace 2 h.");
  });
});
