import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  bytesToDigits,
  decodeQrText,
  digitsToBytes,
  encodeLive,
  encodeStatic,
  qrSegments,
} from "../../src/card/qr-text";
import { makeWorld, type World } from "../helpers";

let world: World;
beforeAll(async () => {
  world = await makeWorld();
});

/** Reference with BigInt: 7-byte chunks as 17 digits, a final r-byte chunk as DIGITS[r] digits. */
function referenceDigits(bytes: Uint8Array): string {
  const DIGITS = [0, 3, 5, 8, 10, 13, 15, 17];
  let out = "";
  for (let i = 0; i < bytes.length; i += 7) {
    const chunk = bytes.subarray(i, i + 7);
    let value = 0n;
    for (const byte of chunk) value = (value << 8n) | BigInt(byte);
    out += value.toString().padStart(DIGITS[chunk.length] as number, "0");
  }
  return out;
}

describe("digits", () => {
  it("match the BigInt reference and round-trip", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const digits = bytesToDigits(bytes);
        expect(digits).toBe(referenceDigits(bytes));
        expect(digitsToBytes(digits)).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it("extreme chunks", () => {
    const max = new Uint8Array(7).fill(255);
    expect(bytesToDigits(max)).toBe("72057594037927935");
    expect(digitsToBytes("72057594037927935")).toEqual(max);
    expect(bytesToDigits(new Uint8Array(7))).toBe("0".repeat(17));
    expect(() => digitsToBytes("72057594037927936")).toThrow(expect.objectContaining({ code: "MALFORMED" }));
    expect(() => digitsToBytes("256")).toThrow(expect.objectContaining({ code: "MALFORMED" }));
    expect(digitsToBytes("255")).toEqual(Uint8Array.of(255));
    expect(() => digitsToBytes("65536")).toThrow(expect.objectContaining({ code: "MALFORMED" }));
    for (const length of [1, 2, 4, 6, 7, 9, 11, 12, 14, 16]) {
      expect(() => digitsToBytes("0".repeat(length)), String(length)).toThrow(
        expect.objectContaining({ code: "MALFORMED" }),
      );
    }
  });
});

describe("QR text", () => {
  it("live and static round-trip to the exact JWS", () => {
    const deviceSig = Uint8Array.from({ length: 64 }, (_, i) => i * 3);
    const live = decodeQrText(encodeLive(world.card, 59_333_333, deviceSig));
    expect(live).toMatchObject({ kind: "live", jws: world.card, window: 59_333_333 });
    if (live.kind !== "live") throw new Error("live expected");
    expect(live.deviceSignature).toEqual(deviceSig);
    expect(live.signature.length).toBe(64);
    expect(decodeQrText(encodeStatic(world.card))).toMatchObject({ kind: "static", jws: world.card });
    expect(decodeQrText(world.card)).toMatchObject({ kind: "static", jws: world.card });
  });

  it("segments: alphanumeric prefix and numeric digits", () => {
    const text = encodeStatic(world.card);
    expect(qrSegments(text)).toEqual([
      { data: "CDD1:", mode: "alphanumeric" },
      { data: text.slice(5), mode: "numeric" },
    ]);
    expect(qrSegments(world.card)).toEqual([{ data: world.card, mode: "byte" }]);
  });

  it("encoders check their inputs", () => {
    expect(() => encodeLive(world.card, -1, new Uint8Array(64))).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
    expect(() => encodeLive(world.card, 2 ** 32, new Uint8Array(64))).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
    expect(() => encodeLive(world.card, 1, new Uint8Array(63))).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
    expect(() => encodeStatic(`${world.card.slice(0, world.card.lastIndexOf("."))}.AAAA`)).toThrow(
      expect.objectContaining({ code: "MALFORMED" }),
    );
  });

  it("decoding errors: unknown kind, non-minimal or truncated lengths, empty parts", () => {
    const text = (bytes: number[]) => `CDD1:${bytesToDigits(Uint8Array.from(bytes))}`;
    const sig = new Array(64).fill(0);
    expect(() => decodeQrText(text([3, 1, 65, 1, 66, ...sig]))).toThrow(
      expect.objectContaining({ code: "MALFORMED" }),
    );
    expect(() => decodeQrText(text([2, 0x81, 0x00, 65, 1, 66, ...sig]))).toThrow(
      expect.objectContaining({ code: "MALFORMED" }),
    );
    expect(() => decodeQrText(text([2, 0, 1, 66, ...sig]))).toThrow(
      expect.objectContaining({ code: "MALFORMED" }),
    );
    expect(() => decodeQrText(text([2, 1, 65, 0, ...sig]))).toThrow(
      expect.objectContaining({ code: "MALFORMED" }),
    );
    expect(() => decodeQrText(text([2, 1, 65, 1, 66, ...sig.slice(1)]))).toThrow(
      expect.objectContaining({ code: "MALFORMED" }),
    );
    expect(decodeQrText(text([2, 1, 65, 1, 66, ...sig]))).toMatchObject({
      kind: "static",
      jws: `QQ.Qg.${"A".repeat(86)}`,
    });
    expect(() => decodeQrText("hola")).toThrow(expect.objectContaining({ code: "NOT_A_CARD" }));
  });
});
