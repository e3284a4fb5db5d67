/**
 * Hostile tokens against verifyPresentation, each as a bare compact JWS and inside the QR
 * envelope (static, and live with a device signature that is itself correct).
 */
import { CompactSign } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeBase64url, encodeBase64url } from "../../src/base64url";
import { concatBytes, uint32BE } from "../../src/bytes";
import {
  createPresentation,
  presentationMessage,
  presentationWindow,
  verifyPresentation,
} from "../../src/card/presentation";
import { bytesToDigits, decodeQrText, digitsToBytes, encodeStatic, QR_PREFIX } from "../../src/card/qr-text";
import type { VerifyReason } from "../../src/errors";
import { DAY, forgeEs256, makeIssuer, makeWorld, NOW, type TestIssuer, type World } from "../helpers";

let world: World;
let attacker: TestIssuer;

beforeAll(async () => {
  world = await makeWorld();
  attacker = await makeIssuer("evil");
});

function parts(jws: string) {
  const [h, p, s] = jws.split(".") as [string, string, string];
  return {
    header: decodeBase64url(h),
    payload: decodeBase64url(p),
    signature: s ? decodeBase64url(s) : new Uint8Array(),
  };
}

/** Any header/payload/signature bytes in the CDD1 envelope; signatures padded or cut to 64 bytes. */
async function envelopes(jws: string): Promise<string[]> {
  const { header, payload, signature } = parts(jws);
  const sig64 = new Uint8Array(64);
  sig64.set(signature.subarray(0, 64));
  const varint = (n: number) => (n < 128 ? Uint8Array.of(n) : Uint8Array.of((n & 127) | 128, n >> 7));
  const body = concatBytes(varint(header.length), header, varint(payload.length), payload, sig64);
  const staticText = QR_PREFIX + bytesToDigits(concatBytes(Uint8Array.of(2), body));
  // Live: the holder's own device signs correctly over whatever signature the token carries.
  const window = presentationWindow(NOW);
  const deviceSig = new Uint8Array(
    await crypto.subtle.sign(
      { name: "ECDSA", hash: "SHA-256" },
      world.device.privateKey,
      presentationMessage(sig64, window),
    ),
  );
  const liveText =
    QR_PREFIX + bytesToDigits(concatBytes(Uint8Array.of(1), body, uint32BE(window), deviceSig));
  return [staticText, liveText];
}

async function expectAll(jws: string, reason: VerifyReason, withEnvelopes = true) {
  const texts = withEnvelopes ? [jws, ...(await envelopes(jws))] : [jws];
  for (const text of texts) {
    const result = await verifyPresentation(text, world.trust, NOW);
    expect(result.valid ? "valid" : result.reason, text.slice(0, 40)).toBe(reason);
    if (
      !result.valid &&
      ["UNSUPPORTED_ALG", "FORBIDDEN_HEADER", "UNKNOWN_KEY", "BAD_SIGNATURE"].includes(reason)
    ) {
      expect(result.claims).toBeUndefined();
    }
  }
}

const cardPayload = () => JSON.parse(new TextDecoder().decode(parts(world.card).payload));

describe("hostile tokens", () => {
  it("alg none", async () => {
    await expectAll(
      await forgeEs256({ alg: "none", kid: world.issuer.kid }, cardPayload(), null),
      "UNSUPPORTED_ALG",
    );
    await expectAll(await forgeEs256({ alg: "none" }, cardPayload(), null), "UNSUPPORTED_ALG");
    await expectAll(
      await forgeEs256({ alg: "NONE", kid: world.issuer.kid }, cardPayload(), null),
      "UNSUPPORTED_ALG",
    );
  });

  it("HS256 keyed with the issuer's public key bytes (key confusion)", async () => {
    for (const secret of [world.issuer.raw, new TextEncoder().encode(JSON.stringify(world.issuer.jwk))]) {
      const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(cardPayload())))
        .setProtectedHeader({ alg: "HS256", kid: world.issuer.kid })
        .sign(secret);
      await expectAll(jws, "UNSUPPORTED_ALG");
    }
  });

  it("other algorithms: ES384, ES512, RS256, EdDSA, and a missing alg", async () => {
    for (const alg of ["ES384", "ES512", "RS256", "PS256", "EdDSA", "Ed25519", "es256", undefined]) {
      await expectAll(
        await forgeEs256({ alg, kid: world.issuer.kid }, cardPayload(), attacker.privateKey),
        "UNSUPPORTED_ALG",
      );
    }
  });

  it("unknown or missing kid", async () => {
    await expectAll(
      await forgeEs256({ alg: "ES256", kid: "evil" }, cardPayload(), attacker.privateKey),
      "UNKNOWN_KEY",
    );
    await expectAll(await forgeEs256({ alg: "ES256" }, cardPayload(), attacker.privateKey), "UNKNOWN_KEY");
    await expectAll(
      await forgeEs256({ alg: "ES256", kid: 1 }, cardPayload(), attacker.privateKey),
      "UNKNOWN_KEY",
    );
    await expectAll(
      await forgeEs256({ alg: "ES256", kid: "__proto__" }, cardPayload(), attacker.privateKey),
      "UNKNOWN_KEY",
    );
  });

  it("a known kid but the attacker's key", async () => {
    await expectAll(
      await forgeEs256({ alg: "ES256", kid: world.issuer.kid }, cardPayload(), attacker.privateKey),
      "BAD_SIGNATURE",
    );
  });

  it("embedded jwk, jku, x5u, x5c", async () => {
    const kid = world.issuer.kid;
    for (const extra of [
      { jwk: attacker.jwk },
      { jku: "https://evil.example/jwks.json" },
      { x5u: "https://evil.example/cert.pem" },
      { x5c: ["MIIB"] },
    ]) {
      await expectAll(
        await forgeEs256({ alg: "ES256", kid, ...extra }, cardPayload(), attacker.privateKey),
        "FORBIDDEN_HEADER",
      );
      // Also with an unknown kid: the forbidden parameter is reported first.
      await expectAll(
        await forgeEs256({ alg: "ES256", kid: "evil", ...extra }, cardPayload(), attacker.privateKey),
        "FORBIDDEN_HEADER",
      );
    }
  });

  it("crit (unknown and known extensions), b64, zip", async () => {
    const kid = world.issuer.kid;
    for (const extra of [
      { crit: ["urn:evil"], "urn:evil": true },
      { crit: ["b64"], b64: false },
      { b64: true },
      { zip: "DEF" },
    ]) {
      await expectAll(
        await forgeEs256({ alg: "ES256", kid, ...extra }, cardPayload(), world.issuer.privateKey),
        "FORBIDDEN_HEADER",
      );
    }
  });

  it("payload altered (name, index, device key, validity)", async () => {
    const { header, signature } = parts(world.card);
    // Each change really changes something (a key already ending in "A" once made one a no-op).
    for (const change of [
      { n: `${world.claims.n} Otra` },
      { sli: world.claims.sli + 1 },
      { k: world.claims.k.replace(/.$/, (last) => (last === "A" ? "B" : "A")) },
      { exp: world.claims.exp + 390 * DAY },
    ]) {
      const payload = new TextEncoder().encode(JSON.stringify({ ...cardPayload(), ...change }));
      const jws = `${encodeBase64url(header)}.${encodeBase64url(payload)}.${encodeBase64url(signature)}`;
      await expectAll(jws, "BAD_SIGNATURE");
    }
  });

  it("signature altered", async () => {
    const { header, payload, signature } = parts(world.card);
    for (const index of [0, 31, 32, 63]) {
      const altered = signature.slice();
      altered[index] = (altered[index] as number) ^ 1;
      await expectAll(
        `${encodeBase64url(header)}.${encodeBase64url(payload)}.${encodeBase64url(altered)}`,
        "BAD_SIGNATURE",
      );
    }
    // A zero signature, and r/s swapped.
    const swapped = concatBytes(signature.subarray(32), signature.subarray(0, 32));
    for (const sig of [new Uint8Array(64), swapped]) {
      await expectAll(
        `${encodeBase64url(header)}.${encodeBase64url(payload)}.${encodeBase64url(sig)}`,
        "BAD_SIGNATURE",
      );
    }
  });

  it("truncated", async () => {
    const jws = world.card;
    const [h, p] = jws.split(".") as [string, string];
    // Cut inside the signature to a whole number of base64url quanta: a 63-byte signature.
    await expectAll(jws.slice(0, jws.length - 2), "BAD_SIGNATURE", false);
    // Cut at a length base64url does not allow, or with parts missing.
    await expectAll(jws.slice(0, jws.length - 5), "MALFORMED", false);
    await expectAll(`${h}.${p}`, "MALFORMED", false);
    await expectAll(`${h}.${p}.`, "BAD_SIGNATURE", false);
    await expectAll(`${h}.${p.slice(0, 20)}`, "MALFORMED", false);
    await expectAll(h.slice(0, 10), "MALFORMED", false);
    // Envelopes cut anywhere are malformed.
    for (const text of await envelopes(jws)) {
      for (const cut of [1, 3, 17, 100, text.length - 10]) {
        const result = await verifyPresentation(text.slice(0, text.length - cut), world.trust, NOW);
        expect(result.valid ? "valid" : result.reason).toBe("MALFORMED");
      }
    }
  });

  it("non-canonical base64url (a changed unused bit) is malformed, not valid", async () => {
    const [h, p, s] = world.card.split(".") as [string, string, string];
    const last = s.at(-1) as string;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const sibling = alphabet[alphabet.indexOf(last) ^ 1] as string;
    const result = await verifyPresentation(`${h}.${p}.${s.slice(0, -1)}${sibling}`, world.trust, NOW);
    expect(result.valid ? "valid" : result.reason).toBe("MALFORMED");
  });

  it("expired and not yet valid cards (issuer-signed) report the time reason", async () => {
    const expired = await forgeEs256(
      { alg: "ES256", kid: world.issuer.kid },
      { ...cardPayload(), nbf: NOW - 300 * DAY, exp: NOW - DAY },
      world.issuer.privateKey,
    );
    await expectAll(expired, "EXPIRED");
    const future = await forgeEs256(
      { alg: "ES256", kid: world.issuer.kid },
      { ...cardPayload(), nbf: NOW + DAY, exp: NOW + 300 * DAY },
      world.issuer.privateKey,
    );
    await expectAll(future, "NOT_YET_VALID");
  });

  it("issuer-signed payloads that break the schema are malformed", async () => {
    for (const payload of [
      { ...cardPayload(), p: "boss" },
      [1, 2, 3],
      "text",
      { ...cardPayload(), exp: "never" },
    ]) {
      await expectAll(
        await forgeEs256({ alg: "ES256", kid: world.issuer.kid }, payload, world.issuer.privateKey),
        "MALFORMED",
      );
    }
  });

  it("presentations outside the window, past and future", async () => {
    const past = await createPresentation(world.card, world.device.privateKey, NOW - 300);
    const future = await createPresentation(world.card, world.device.privateKey, NOW + 300);
    expect(await verifyPresentation(past, world.trust, NOW)).toMatchObject({
      valid: false,
      reason: "PRESENTATION_EXPIRED",
    });
    expect(await verifyPresentation(future, world.trust, NOW)).toMatchObject({
      valid: false,
      reason: "PRESENTATION_FUTURE",
    });
  });

  it("device signature by another key", async () => {
    const text = await createPresentation(world.card, attacker.privateKey, NOW);
    expect(await verifyPresentation(text, world.trust, NOW)).toMatchObject({
      valid: false,
      reason: "BAD_DEVICE_SIGNATURE",
    });
  });

  it("a static card relabelled as live without a device signature is malformed", async () => {
    const text = encodeStatic(world.card);
    const decoded = decodeQrText(text);
    expect(decoded.kind).toBe("static");
    const relabelled = `${QR_PREFIX}${bytesToDigits(concatBytes(Uint8Array.of(1), digitsBody(text)))}`;
    expect(await verifyPresentation(relabelled, world.trust, NOW)).toMatchObject({
      valid: false,
      reason: "MALFORMED",
    });
  });

  it("1 MB inputs are TOO_LARGE", async () => {
    for (const text of [
      "A".repeat(1 << 20),
      `${QR_PREFIX}${"1".repeat(1 << 20)}`,
      `${world.card}${"A".repeat(1 << 20)}`,
      `eyJ${".".repeat(1 << 20)}`,
    ]) {
      expect(await verifyPresentation(text, world.trust, NOW)).toEqual({ valid: false, reason: "TOO_LARGE" });
    }
  });
});

/** The envelope bytes of a CDD1 text without its kind byte. */
function digitsBody(text: string): Uint8Array {
  return digitsToBytes(text.slice(QR_PREFIX.length)).subarray(1);
}
