import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBase64url, encodeBase64url, isBase64url } from "../src/base64url";

function reference(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoaLike(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

// A plain base64 encoder for the comparison (no dependency on atob/btoa typings).
function btoaLike(binary: string): string {
  const table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let out = "";
  for (let i = 0; i < binary.length; i += 3) {
    const a = binary.charCodeAt(i);
    const b = i + 1 < binary.length ? binary.charCodeAt(i + 1) : Number.NaN;
    const c = i + 2 < binary.length ? binary.charCodeAt(i + 2) : Number.NaN;
    const n = (a << 16) | ((b || 0) << 8) | (c || 0);
    out += table[n >> 18] as string;
    out += table[(n >> 12) & 63] as string;
    out += Number.isNaN(b) ? "=" : (table[(n >> 6) & 63] as string);
    out += Number.isNaN(c) ? "=" : (table[n & 63] as string);
  }
  return out;
}

describe("base64url", () => {
  it("round-trips any bytes and matches standard base64", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = encodeBase64url(bytes);
        expect(text).toBe(reference(bytes));
        expect(decodeBase64url(text)).toEqual(bytes);
      }),
    );
  });

  it("rejects padding, standard-alphabet characters, whitespace and impossible lengths", () => {
    for (const bad of ["AA==", "AB+/", "A/", "AA AA", "A", "AAAAA", "é", "AA\n"]) {
      expect(() => decodeBase64url(bad), bad).toThrow(expect.objectContaining({ code: "MALFORMED" }));
    }
  });

  it("rejects non-canonical trailing bits", () => {
    expect(decodeBase64url("AA")).toEqual(Uint8Array.of(0));
    expect(() => decodeBase64url("AB")).toThrow(expect.objectContaining({ code: "MALFORMED" }));
    expect(() => decodeBase64url("AAB")).toThrow(expect.objectContaining({ code: "MALFORMED" }));
    expect(isBase64url("AAE")).toBe(true);
    expect(isBase64url("")).toBe(false);
  });

  it("every string has at most one decoding back to itself", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        try {
          expect(encodeBase64url(decodeBase64url(text))).toBe(text);
        } catch (error) {
          expect(error).toMatchObject({ code: "MALFORMED" });
        }
      }),
    );
  });
});
