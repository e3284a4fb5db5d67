import { describe, expect, it } from "vitest";
import { decodeBase64url, encodeBase64url } from "../../src/base64url";
import {
  compressP256,
  decompressP256,
  exportDevicePublicKey,
  generateDeviceKey,
  importDevicePublicKey,
  importDevicePublicKeyPortable,
} from "../../src/card/device-key";

const rawOf = async (key: CryptoKey) => new Uint8Array(await crypto.subtle.exportKey("raw", key));
const P_BYTES = Uint8Array.from(
  "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff".match(/../g) as string[],
  (h) => Number.parseInt(h, 16),
);

describe("device key", () => {
  it("compress → decompress round-trips generated keys (both parities)", async () => {
    const parities = new Set<number>();
    for (let i = 0; i < 24; i++) {
      const pair = await generateDeviceKey();
      const raw = await rawOf(pair.publicKey);
      const compressed = compressP256(raw);
      expect(compressed.length).toBe(33);
      parities.add(compressed[0] as number);
      expect(decompressP256(compressed)).toEqual(raw);
    }
    expect(parities).toEqual(new Set([2, 3]));
  });

  it("the k claim is 44 characters and imports to the same key, by both paths", async () => {
    const pair = await generateDeviceKey();
    const k = await exportDevicePublicKey(pair.publicKey);
    expect(k).toMatch(/^A[g-z0-9_-][A-Za-z0-9_-]{42}$/);
    const raw = await rawOf(pair.publicKey);
    expect(await rawOf(await importDevicePublicKey(k))).toEqual(raw);
    expect(await rawOf(await importDevicePublicKeyPortable(k))).toEqual(raw);
    expect(await exportDevicePublicKey(raw)).toBe(k);
  });

  it("the private key is not extractable; a private key is not a k", async () => {
    const pair = await generateDeviceKey();
    expect(pair.privateKey.extractable).toBe(false);
    await expect(exportDevicePublicKey(pair.privateKey)).rejects.toMatchObject({ code: "INVALID_KEY" });
  });

  it("a signature by the device verifies with the imported k", async () => {
    const pair = await generateDeviceKey();
    const message = new TextEncoder().encode("hola");
    const sig = await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, pair.privateKey, message);
    const imported = await importDevicePublicKey(await exportDevicePublicKey(pair.publicKey));
    expect(await crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, imported, sig, message)).toBe(true);
  });

  it("rejects x ≥ p, points off the curve, bad prefixes and lengths", async () => {
    const offCurve = Uint8Array.of(2, ...new Uint8Array(31), 1); // x = 1: x³ − 3x + b is not a square
    const xIsP = Uint8Array.of(2, ...P_BYTES);
    const allOnes = Uint8Array.of(3, ...new Uint8Array(32).fill(255));
    for (const bad of [
      offCurve,
      xIsP,
      allOnes,
      Uint8Array.of(4, ...new Uint8Array(32)),
      new Uint8Array(32),
    ]) {
      expect(() => decompressP256(bad)).toThrow(expect.objectContaining({ code: "INVALID_KEY" }));
      await expect(importDevicePublicKey(encodeBase64url(bad))).rejects.toMatchObject({
        code: "INVALID_KEY",
      });
      await expect(importDevicePublicKeyPortable(encodeBase64url(bad))).rejects.toMatchObject({
        code: "INVALID_KEY",
      });
    }
    await expect(importDevicePublicKey("not base64url!")).rejects.toMatchObject({ code: "INVALID_KEY" });
    expect(() => compressP256(new Uint8Array(64))).toThrow(expect.objectContaining({ code: "INVALID_KEY" }));
  });

  it("x = 0 is on P-256 and decompresses to a point Web Crypto accepts", async () => {
    const zero = Uint8Array.of(2, ...new Uint8Array(32));
    const raw = decompressP256(zero);
    expect(raw.length).toBe(65);
    const key = await importDevicePublicKey(encodeBase64url(zero));
    expect(await rawOf(key)).toEqual(raw);
    expect(decodeBase64url(await exportDevicePublicKey(key))).toEqual(zero);
  });
});
