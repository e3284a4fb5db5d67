import { zlibSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeBase64url, encodeBase64url } from "../../src/base64url";
import { importTrust } from "../../src/card/trust";
import { decodeStatusList, statusAt, statusCount } from "../../src/status-list/decode";
import { encodeStatusList, StatusBits } from "../../src/status-list/encode";
import { signStatusList } from "../../src/status-list/sign";
import { isRevoked, isStatusListStale, verifyStatusList } from "../../src/status-list/verify";
import { DAY, forgeEs256, makeIssuer, makeStatusList, NOW, STATUS_URI, type TestIssuer } from "../helpers";

let issuer: TestIssuer;
let keys: Map<string, CryptoKey>;
beforeAll(async () => {
  issuer = await makeIssuer();
  keys = (await importTrust({ jwks: { keys: [issuer.jwk] }, fetchedAt: NOW }, NOW)).keys;
});

describe("StatusBits and lst", () => {
  it("bit i is bit i & 7 of byte i >> 3, least significant first (draft example)", () => {
    // draft-ietf-oauth-status-list §4.1: statuses 1,0,0,1,1,1,0,1 | 1,1,0,0,0,1,0,1 → bytes B9 A3.
    const bits = new StatusBits(16);
    [0, 3, 4, 5, 7, 8, 9, 13, 15].forEach((i) => {
      bits.set(i, true);
    });
    expect(Array.from(bits.bytes)).toEqual([0xb9, 0xa3]);
    expect(encodeStatusList(bits)).toBe(encodeBase64url(zlibSync(Uint8Array.of(0xb9, 0xa3), { level: 9 })));
    const decoded = decodeStatusList(encodeStatusList(bits));
    expect(statusCount(decoded)).toBe(16);
    expect(Array.from({ length: 16 }, (_, i) => statusAt(decoded, i))).toEqual([
      1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1,
    ]);
  });

  it("decodes the draft's own 1-bit example lst", () => {
    expect(Array.from(decodeStatusList("eNrbuRgAAhcBXQ"))).toEqual([0xb9, 0xa3]);
  });

  it("set, clear, get, count and range checks", () => {
    const bits = new StatusBits(10);
    bits.set(9, true);
    bits.set(2, true);
    bits.set(2, false);
    expect(bits.get(9)).toBe(true);
    expect(bits.get(2)).toBe(false);
    expect(bits.countRevoked()).toBe(1);
    expect(() => bits.set(10, true)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    expect(() => bits.get(-1)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    expect(() => new StatusBits(0)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });

  it("2-bit statuses", () => {
    // Two bits per status: byte 0b11_10_01_00 holds statuses 0,1,2,3.
    const lst = encodeBase64url(zlibSync(Uint8Array.of(0b11100100)));
    const decoded = decodeStatusList(lst, 2);
    expect(statusCount(decoded, 2)).toBe(4);
    expect([0, 1, 2, 3].map((i) => statusAt(decoded, i, 2))).toEqual([0, 1, 2, 3]);
    expect(statusAt(decoded, 4, 2)).toBeUndefined();
    expect(statusAt(decoded, 7)).toBe(1);
  });

  it("rejects bad lst values", () => {
    for (const lst of [
      "",
      "@@",
      encodeBase64url(Uint8Array.of(1, 2, 3)),
      encodeBase64url(zlibSync(new Uint8Array())),
    ]) {
      expect(() => decodeStatusList(lst), lst).toThrow(
        expect.objectContaining({ code: "STATUS_LIST_INVALID" }),
      );
    }
    expect(() => decodeStatusList("eNrbuRgAAhcBXQ", 3)).toThrow(
      expect.objectContaining({ code: "STATUS_LIST_INVALID" }),
    );
  });

  it("a decompression bomb stops at the size limit", () => {
    const bomb = encodeBase64url(zlibSync(new Uint8Array(3 * 1024 * 1024), { level: 9 }));
    expect(bomb.length).toBeLessThan(10_000);
    expect(() => decodeStatusList(bomb)).toThrow(expect.objectContaining({ code: "STATUS_LIST_INVALID" }));
  });
});

describe("signed status list", () => {
  it("signs with typ statuslist+jwt and verifies back", async () => {
    const jwt = await makeStatusList(issuer, { revoked: [3, 500] });
    const header = JSON.parse(new TextDecoder().decode(decodeBase64url(jwt.split(".")[0] as string)));
    expect(header).toEqual({ alg: "ES256", kid: issuer.kid, typ: "statuslist+jwt" });
    const state = await verifyStatusList(jwt, keys, NOW);
    expect(state).toMatchObject({ size: 1024, bitsPerStatus: 1, uri: STATUS_URI, ttl: DAY });
    expect(isRevoked(state, 3)).toBe(true);
    expect(isRevoked(state, 500)).toBe(true);
    expect(isRevoked(state, 4)).toBe(false);
    expect(() => isRevoked(state, 1024)).toThrow(expect.objectContaining({ code: "STATUS_UNKNOWN" }));
    expect(isStatusListStale(state, state.iat + state.ttl)).toBe(false);
    expect(isStatusListStale(state, state.iat + state.ttl + 1)).toBe(true);
  });

  it("rejects a wrong typ, an unknown key, a bad signature, a bad payload", async () => {
    const good = await makeStatusList(issuer);
    const other = await makeIssuer("other");
    const lst = encodeStatusList(new StatusBits(8));
    const payload = { sub: STATUS_URI, iat: NOW, exp: NOW + DAY, ttl: 60, status_list: { bits: 1, lst } };
    const cases = [
      await forgeEs256({ alg: "ES256", kid: issuer.kid }, payload, issuer.privateKey),
      await forgeEs256({ alg: "ES256", kid: issuer.kid, typ: "JWT" }, payload, issuer.privateKey),
      await forgeEs256({ alg: "ES256", kid: "other", typ: "statuslist+jwt" }, payload, other.privateKey),
      await forgeEs256({ alg: "ES256", kid: issuer.kid, typ: "statuslist+jwt" }, payload, other.privateKey),
      await forgeEs256({ alg: "none", kid: issuer.kid, typ: "statuslist+jwt" }, payload, null),
      await forgeEs256(
        { alg: "ES256", kid: issuer.kid, typ: "statuslist+jwt" },
        { ...payload, ttl: 0 },
        issuer.privateKey,
      ),
      await forgeEs256(
        { alg: "ES256", kid: issuer.kid, typ: "statuslist+jwt" },
        { ...payload, exp: NOW },
        issuer.privateKey,
      ),
      await forgeEs256(
        { alg: "ES256", kid: issuer.kid, typ: "statuslist+jwt" },
        { ...payload, status_list: { bits: 1, lst: "!" } },
        issuer.privateKey,
      ),
      `${good.slice(0, -3)}AAA`,
      "not a jwt",
    ];
    for (const jwt of cases) {
      await expect(verifyStatusList(jwt, keys, NOW), jwt.slice(0, 60)).rejects.toMatchObject({
        code: "STATUS_LIST_INVALID",
      });
    }
  });

  it("a list issued in the future means this device's clock is behind", async () => {
    const jwt = await makeStatusList(issuer, { iat: NOW + 3600 });
    await expect(verifyStatusList(jwt, keys, NOW)).rejects.toMatchObject({ code: "DEVICE_CLOCK_WRONG" });
    await expect(verifyStatusList(jwt, keys, NOW + 3600 - 300)).resolves.toMatchObject({ iat: NOW + 3600 });
  });

  it("an expired list still imports (the verifier warns STATUS_STALE instead)", async () => {
    const jwt = await makeStatusList(issuer, { iat: NOW - 10 * DAY, exp: NOW - 3 * DAY });
    const state = await verifyStatusList(jwt, keys, NOW);
    expect(isStatusListStale(state, NOW)).toBe(true);
  });

  it("signStatusList checks its arguments", async () => {
    const bits = new StatusBits(8);
    for (const bad of [
      { uri: "", bits, iat: NOW, exp: NOW + 1, ttl: 1 },
      { uri: STATUS_URI, bits, iat: NOW, exp: NOW, ttl: 1 },
      { uri: STATUS_URI, bits, iat: NOW, exp: NOW + 1, ttl: 0 },
    ]) {
      await expect(signStatusList(bad, issuer)).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
    }
  });
});
