import { beforeAll, describe, expect, it } from "vitest";
import { decodeBase64url, encodeBase64url } from "../../src/base64url";
import { newCardId } from "../../src/card/claims";
import { secondsLeftInWindow } from "../../src/card/present";
import {
  createPresentation,
  PRESENTATION_TOLERANCE_SEC,
  presentationWindow,
  type VerifyResult,
  verifyPresentation,
  WINDOW_SEC,
} from "../../src/card/presentation";
import { decodeQrText, encodeLive, encodeStatic } from "../../src/card/qr-text";
import { signCard } from "../../src/card/sign";
import { importTrust } from "../../src/card/trust";
import { CLOCK_TOLERANCE_SEC, verifyCard } from "../../src/card/verify";
import { CardError, VERIFY_REASONS, type VerifyReason } from "../../src/errors";
import {
  claimsFor,
  DAY,
  makeDevice,
  makeStatusList,
  makeWorld,
  NOW,
  REVOKED_INDEX,
  STATUS_SIZE,
  type World,
} from "../helpers";

let world: World;
beforeAll(async () => {
  world = await makeWorld();
});

function expectInvalid(result: VerifyResult, reason: VerifyReason) {
  expect(result.valid ? "valid" : result.reason).toBe(reason);
}

/** Reasons this file reaches; the hostile suite reaches the header ones. */
const reached = new Set<VerifyReason>();
async function check(text: string, trust: World["trust"] | null, now: number, reason: VerifyReason) {
  const result = await verifyPresentation(text, trust, now);
  expectInvalid(result, reason);
  reached.add(reason);
  return result;
}

describe("round trips", () => {
  it("a live presentation verifies as valid, kind live, with the claims", async () => {
    const text = await createPresentation(world.card, world.device.privateKey, NOW);
    expect(text.startsWith("CDD1:")).toBe(true);
    const result = await verifyPresentation(text, world.trust, NOW);
    expect(result).toEqual({ valid: true, kind: "live", claims: world.claims, warnings: [] });
  });

  it("a static QR verifies as valid, kind static", async () => {
    const result = await verifyPresentation(encodeStatic(world.card), world.trust, NOW);
    expect(result).toEqual({ valid: true, kind: "static", claims: world.claims, warnings: [] });
  });

  it("a pasted compact JWS (with a scanner's trailing newline) verifies as static", async () => {
    const result = await verifyPresentation(`${world.card}\r\n`, world.trust, NOW);
    expect(result.valid && result.kind).toBe("static");
  });

  it("the QR text rebuilds the exact compact JWS", () => {
    const decoded = decodeQrText(encodeStatic(world.card));
    expect(decoded.jws).toBe(world.card);
  });

  it("verifyCard returns claims and the 64-byte issuer signature", async () => {
    const verified = await verifyCard(world.card, world.trust, NOW);
    expect(verified.claims).toEqual(world.claims);
    expect(verified.signature.length).toBe(64);
    expect(verified.kid).toBe(world.issuer.kid);
  });

  it("the card header is exactly alg and kid", () => {
    const header = JSON.parse(new TextDecoder().decode(decodeBase64url(world.card.split(".")[0] as string)));
    expect(header).toEqual({ alg: "ES256", kid: world.issuer.kid });
  });

  it("createPresentation refuses something that is not a compact JWS", async () => {
    await expect(
      createPresentation(encodeStatic(world.card), world.device.privateKey, NOW),
    ).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
    });
  });
});

describe("trust and format reasons", () => {
  it("NO_TRUST without a trust bundle or without keys", async () => {
    const text = await createPresentation(world.card, world.device.privateKey, NOW);
    await check(text, null, NOW, "NO_TRUST");
    await check(text, { keys: new Map(), status: world.trust.status, fetchedAt: NOW }, NOW, "NO_TRUST");
    await expect(verifyCard(world.card, { ...world.trust, keys: new Map() }, NOW)).rejects.toMatchObject({
      code: "NO_TRUST",
    });
  });

  it("NOT_A_CARD for other QR contents", async () => {
    for (const text of ["", "hola", "https://educacion.gob.ec/", "7861234567890", "CDD2:123", "WIFI:S:x;;"]) {
      await check(text, world.trust, NOW, "NOT_A_CARD");
    }
  });

  it("MALFORMED for damaged envelopes and broken tokens", async () => {
    const text = await createPresentation(world.card, world.device.privateKey, NOW);
    for (const bad of [
      "CDD1:",
      "CDD1:12a",
      "CDD1:1234", // 4 digits: no chunk length gives 4
      "CDD1:999", // 999 does not fit one byte
      text.slice(0, -17), // one chunk short
      `${text}000`, // a trailing byte
      `CDD1:${"9".repeat(17)}`, // chunk beyond 2^56
      "eyJhbGciOiJFUzI1NiJ9", // a token cut after its header
      `${world.card.split(".").slice(0, 2).join(".")}`, // no signature part
      `${world.card}.x`, // four parts
    ]) {
      await check(bad, world.trust, NOW, "MALFORMED");
    }
  });

  it("TOO_LARGE above 4096 characters, before any work", async () => {
    await check(`CDD1:${"0".repeat(4092)}`, world.trust, NOW, "TOO_LARGE");
    await check(`CDD1:${"0".repeat(4091)}`, world.trust, NOW, "MALFORMED");
  });
});

describe("time", () => {
  it(`EXPIRED from exp + ${CLOCK_TOLERANCE_SEC} s; claims returned`, async () => {
    const text = await createPresentation(world.card, world.device.privateKey, world.claims.exp + 299);
    expect((await verifyPresentation(text, world.trust, world.claims.exp + 299)).valid).toBe(true);
    const late = world.claims.exp + CLOCK_TOLERANCE_SEC;
    const result = await check(
      await createPresentation(world.card, world.device.privateKey, late),
      world.trust,
      late,
      "EXPIRED",
    );
    expect(!result.valid && result.claims).toEqual(world.claims);
    await expect(verifyCard(world.card, world.trust, late)).rejects.toMatchObject({ code: "EXPIRED" });
  });

  it("NOT_YET_VALID before nbf − tolerance; claims returned", async () => {
    const early = world.claims.nbf - CLOCK_TOLERANCE_SEC - 1;
    const result = await check(encodeStatic(world.card), world.trust, early, "NOT_YET_VALID");
    expect(!result.valid && result.claims).toEqual(world.claims);
    const edge = world.claims.nbf - CLOCK_TOLERANCE_SEC;
    expect((await verifyPresentation(encodeStatic(world.card), world.trust, edge)).valid).toBe(true);
  });

  it("EXPIRING_SOON within 30 days of exp", async () => {
    const soon = world.claims.exp - 30 * DAY;
    const text = await createPresentation(world.card, world.device.privateKey, soon);
    const result = await verifyPresentation(text, { ...world.trust, status: world.trust.status }, soon);
    expect(result.valid && result.warnings).toContain("EXPIRING_SOON");
    const before = soon - 1;
    const text2 = await createPresentation(world.card, world.device.privateKey, before);
    const result2 = await verifyPresentation(text2, world.trust, before);
    expect(result2.valid && result2.warnings).not.toContain("EXPIRING_SOON");
  });
});

describe("status", () => {
  it("STATUS_UNAVAILABLE when the trust has no status list (never valid)", async () => {
    const trust = await importTrust(
      { jwks: { keys: [world.issuer.jwk] }, statusList: null, fetchedAt: NOW },
      NOW,
    );
    const result = await check(encodeStatic(world.card), trust, NOW, "STATUS_UNAVAILABLE");
    expect(!result.valid && result.claims).toEqual(world.claims);
  });

  it("STATUS_UNKNOWN when the index is beyond the list", async () => {
    const card = await signCard(claimsFor(world.device.k, { sli: STATUS_SIZE }), world.issuer);
    const text = await createPresentation(card, world.device.privateKey, NOW);
    await check(text, world.trust, NOW, "STATUS_UNKNOWN");
  });

  it("REVOKED, with the claims, for a card whose bit is set", async () => {
    const claims = claimsFor(world.device.k, { sli: REVOKED_INDEX });
    const card = await signCard(claims, world.issuer);
    const result = await check(
      await createPresentation(card, world.device.privateKey, NOW),
      world.trust,
      NOW,
      "REVOKED",
    );
    expect(!result.valid && result.claims).toEqual(claims);
    await check(encodeStatic(card), world.trust, NOW, "REVOKED");
  });

  it("STATUS_STALE after iat + ttl and after exp, still valid", async () => {
    const statusList = await makeStatusList(world.issuer, { iat: NOW - 2 * DAY, ttl: DAY, exp: NOW + DAY });
    const trust = await importTrust({ jwks: { keys: [world.issuer.jwk] }, statusList, fetchedAt: NOW }, NOW);
    const result = await verifyPresentation(encodeStatic(world.card), trust, NOW);
    expect(result.valid && result.warnings).toEqual(["STATUS_STALE"]);
    const expired = await makeStatusList(world.issuer, { iat: NOW - 100, ttl: 10 * DAY, exp: NOW - 10 });
    const trust2 = await importTrust(
      { jwks: { keys: [world.issuer.jwk] }, statusList: expired, fetchedAt: NOW },
      NOW,
    );
    const result2 = await verifyPresentation(encodeStatic(world.card), trust2, NOW);
    expect(result2.valid && result2.warnings).toEqual(["STATUS_STALE"]);
  });

  it("status is checked before the device signature", async () => {
    const claims = claimsFor(world.device.k, { sli: REVOKED_INDEX });
    const card = await signCard(claims, world.issuer);
    const other = await makeDevice();
    await check(await createPresentation(card, other.privateKey, NOW), world.trust, NOW, "REVOKED");
  });
});

describe("device and window", () => {
  it("BAD_DEVICE_SIGNATURE when another device signs", async () => {
    const other = await makeDevice();
    const text = await createPresentation(world.card, other.privateKey, NOW);
    const result = await check(text, world.trust, NOW, "BAD_DEVICE_SIGNATURE");
    expect(!result.valid && result.claims).toEqual(world.claims);
  });

  it("accepts a window until its end is 90 s old, then PRESENTATION_EXPIRED", async () => {
    const shownAt = NOW - (NOW % WINDOW_SEC) + 5; // 5 s into a window
    const windowStart = presentationWindow(shownAt) * WINDOW_SEC;
    const text = await createPresentation(world.card, world.device.privateKey, shownAt);
    const lastGood = windowStart + WINDOW_SEC + PRESENTATION_TOLERANCE_SEC;
    expect((await verifyPresentation(text, world.trust, lastGood)).valid).toBe(true);
    await check(text, world.trust, lastGood + 1, "PRESENTATION_EXPIRED");
    await check(text, world.trust, lastGood + 3600, "PRESENTATION_EXPIRED");
  });

  it("accepts a window starting up to 90 s ahead, then PRESENTATION_FUTURE", async () => {
    const shownAt = NOW - (NOW % WINDOW_SEC);
    const text = await createPresentation(world.card, world.device.privateKey, shownAt);
    expect((await verifyPresentation(text, world.trust, shownAt - PRESENTATION_TOLERANCE_SEC)).valid).toBe(
      true,
    );
    await check(text, world.trust, shownAt - PRESENTATION_TOLERANCE_SEC - 1, "PRESENTATION_FUTURE");
  });

  it("a presentation moved to another window fails the device signature", async () => {
    const text = await createPresentation(world.card, world.device.privateKey, NOW);
    const decoded = decodeQrText(text);
    if (decoded.kind !== "live") throw new Error("expected live");
    const moved = encodeLive(decoded.jws, decoded.window + 1, decoded.deviceSignature);
    await check(moved, world.trust, NOW, "BAD_DEVICE_SIGNATURE");
  });
});

describe("verifyPresentation never throws", () => {
  it("on non-string input and absurd times", async () => {
    expectInvalid(await verifyPresentation(undefined as unknown as string, world.trust, NOW), "NOT_A_CARD");
    expectInvalid(await verifyPresentation(42 as unknown as string, world.trust, NOW), "NOT_A_CARD");
    expectInvalid(await verifyPresentation(world.card, world.trust, Number.NaN), "NO_TRUST");
  });
});

describe("signCard", () => {
  it("rejects claims outside the schema with INVALID_CLAIMS", async () => {
    const base = claimsFor(world.device.k);
    for (const bad of [
      { jti: "short" },
      { sli: -1 },
      { sli: 1.5 },
      { n: "   " },
      { n: "x".repeat(81) },
      { n: "Ana\u202EZ" },
      { p: "boss" },
      { a: "17h01234" },
      { a: "99H01234" },
      { d: "30D01" },
      { c4: "12a4" },
      { exp: base.nbf },
      { exp: base.nbf + 398 * DAY },
      { k: "A".repeat(44) },
      { k: encodeBase64url(Uint8Array.of(2, ...new Uint8Array(31), 1)) }, // x = 1 is not on P-256
    ]) {
      await expect(
        signCard({ ...base, ...bad } as never, world.issuer),
        JSON.stringify(bad),
      ).rejects.toMatchObject({
        code: "INVALID_CLAIMS",
      });
    }
  });

  it("trims and NFC-normalises the name", async () => {
    const decomposed = " Jose\u0301 Pe\u0301rez ";
    const card = await signCard(claimsFor(world.device.k, { n: decomposed, jti: newCardId() }), world.issuer);
    const { claims } = await verifyCard(card, world.trust, NOW);
    expect(claims.n).toBe("José Pérez");
  });

  it("rejects a kid that is not short base64url", async () => {
    await expect(
      signCard(claimsFor(world.device.k), { kid: "a b", privateKey: world.issuer.privateKey }),
    ).rejects.toBeInstanceOf(CardError);
  });
});

describe("coverage of reasons", () => {
  it("this file reached every reason except the header ones (hostile suite)", () => {
    const header: VerifyReason[] = ["UNSUPPORTED_ALG", "FORBIDDEN_HEADER", "UNKNOWN_KEY", "BAD_SIGNATURE"];
    expect(VERIFY_REASONS.filter((reason) => !reached.has(reason) && !header.includes(reason))).toEqual([]);
  });
});

describe("the holder's countdown", () => {
  it.each([
    [0, 30],
    [0.2, 30],
    [1, 29],
    [29.5, 1],
    [29.99, 1],
  ])("%d s into a window: %d s left", (into, left) => {
    const window = 57_000_000;
    expect(secondsLeftInWindow(window, window * WINDOW_SEC + into)).toBe(left);
  });
});
