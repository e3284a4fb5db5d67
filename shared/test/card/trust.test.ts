import { describe, expect, it } from "vitest";
import { verifyPresentation } from "../../src/card/presentation";
import { encodeStatic } from "../../src/card/qr-text";
import { signCard } from "../../src/card/sign";
import { importTrust } from "../../src/card/trust";
import { claimsFor, makeDevice, makeIssuer, makeStatusList, NOW } from "../helpers";

describe("importTrust", () => {
  it("imports only EC P-256 signing keys with a kid, and ignores the rest", async () => {
    const good = await makeIssuer("good");
    const bare = await makeIssuer("bare");
    const jwks = {
      keys: [
        good.jwk,
        { kty: bare.jwk.kty, crv: bare.jwk.crv, x: bare.jwk.x, y: bare.jwk.y, kid: "bare" }, // alg/use absent: fine
        { ...good.jwk, kid: "noalg-es384", alg: "ES384" },
        { ...good.jwk, kid: "enc", use: "enc" },
        { ...good.jwk, kid: "p384", crv: "P-384" },
        { ...good.jwk, kid: "okp", kty: "OKP", crv: "Ed25519" },
        { kty: "RSA", kid: "rsa", n: "AQAB", e: "AQAB" },
        { kty: "oct", kid: "hmac", k: "c2VjcmV0" },
        { ...good.jwk, kid: undefined },
        { ...good.jwk, kid: "" },
        { ...good.jwk, kid: "private", d: "AAAA" },
        { ...good.jwk, kid: "bad-x", x: "not-a-coordinate" },
        { ...good.jwk, kid: "off-curve", y: good.jwk.x },
        null,
        "text",
        42,
      ],
    };
    const trust = await importTrust({ jwks, fetchedAt: NOW }, NOW);
    expect([...trust.keys.keys()]).toEqual(["good", "bare"]);
    expect(trust.status).toBeNull();
    expect(trust.fetchedAt).toBe(NOW);
  });

  it("the first key of a repeated kid wins", async () => {
    const first = await makeIssuer("same");
    const second = await makeIssuer("same");
    const trust = await importTrust({ jwks: { keys: [first.jwk, second.jwk] }, fetchedAt: NOW }, NOW);
    expect(trust.keys.size).toBe(1);
    const device = await makeDevice();
    const card = await signCard(claimsFor(device.k), second);
    const result = await verifyPresentation(encodeStatic(card), { ...trust, status: null }, NOW);
    expect(result).toMatchObject({ valid: false, reason: "BAD_SIGNATURE" });
  });

  it("re-importing the same JWKS reuses the imported CryptoKey", async () => {
    const issuer = await makeIssuer();
    const a = await importTrust({ jwks: { keys: [issuer.jwk] }, fetchedAt: NOW }, NOW);
    const b = await importTrust({ jwks: { keys: [issuer.jwk] }, fetchedAt: NOW + 60 }, NOW + 60);
    expect(b.keys.get(issuer.kid)).toBe(a.keys.get(issuer.kid));
  });

  it("verifies the status list against the imported keys; a bad one throws", async () => {
    const issuer = await makeIssuer();
    const stranger = await makeIssuer(issuer.kid);
    const statusList = await makeStatusList(issuer);
    const trust = await importTrust({ jwks: { keys: [issuer.jwk] }, statusList, fetchedAt: NOW }, NOW);
    expect(trust.status?.size).toBe(1024);
    const forged = await makeStatusList(stranger);
    await expect(
      importTrust({ jwks: { keys: [issuer.jwk] }, statusList: forged, fetchedAt: NOW }, NOW),
    ).rejects.toMatchObject({ code: "STATUS_LIST_INVALID" });
    await expect(importTrust({ jwks: { keys: [] }, statusList, fetchedAt: NOW }, NOW)).rejects.toMatchObject({
      code: "STATUS_LIST_INVALID",
    });
    await expect(importTrust({ jwks: {} } as never, NOW)).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
  });
});
