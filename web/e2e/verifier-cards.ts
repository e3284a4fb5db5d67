/**
 * Cards for the verifier's browser tests, signed in the test with the stack's throw-away issuer
 * key (provided by the global setup) and a device key made here. The status-list index is far
 * above the ones the Worker hands out, so the real status list says "not revoked".
 */
import { importJWK } from "jose";
import type { Page } from "playwright-core";
import QRCode from "qrcode";
import { inject } from "vitest";
import type { CardClaims } from "#shared/card/claims";
import { newCardId } from "#shared/card/claims";
import { exportDevicePublicKey, generateDeviceKey } from "#shared/card/device-key";
import { createPresentation } from "#shared/card/presentation";
import { qrSegments } from "#shared/card/qr-text";
import { signCard } from "#shared/card/sign";

export interface TestCard {
  claims: CardClaims;
  jws: string;
  device: CryptoKeyPair;
  /** The live presentation QR text for the window containing `atSec` (default: now). */
  present(atSec?: number): Promise<string>;
}

export async function issuerFromStack(): Promise<{ kid: string; privateKey: CryptoKey }> {
  const raw = process.env.E2E_ISSUER_KEYS ?? inject("issuerKeys");
  if (!raw) throw new Error("no issuer keys: run with the stack's global setup (or set E2E_ISSUER_KEYS)");
  const keys = JSON.parse(raw) as { active: string; keys: Array<Record<string, unknown> & { kid: string }> };
  const jwk = keys.keys.find((key) => key.kid === keys.active);
  if (!jwk) throw new Error("the active issuer key is missing");
  const privateKey = await importJWK(jwk, "ES256");
  if (!(privateKey instanceof CryptoKey)) throw new Error("issuer key did not import as a CryptoKey");
  return { kid: keys.active, privateKey };
}

export async function makeTestCard(
  issuer: { kid: string; privateKey: CryptoKey },
  overrides: Partial<CardClaims> = {},
): Promise<TestCard> {
  const device = await generateDeviceKey();
  const now = Math.floor(Date.now() / 1000);
  const claims: CardClaims = {
    jti: newCardId(),
    sli: 16_000 + Math.floor(Math.random() * 300),
    n: "Jorge Cedeño Zambrano",
    p: "rec",
    a: "13H00123",
    d: "13D01",
    c4: "2389",
    nbf: now - 86_400,
    exp: now + 200 * 86_400,
    k: await exportDevicePublicKey(device.publicKey),
    ...overrides,
  };
  const jws = await signCard(claims, issuer);
  return {
    claims,
    jws,
    device,
    present: (atSec = Math.floor(Date.now() / 1000)) => createPresentation(jws, device.privateKey, atSec),
  };
}

/**
 * A screenshot of a QR code as a phone shows it: the text drawn as an SVG (numeric mode, ECL M,
 * 4-module quiet zone) on a white page, captured as PNG. Stands in for the teacher's screen.
 */
export async function screenshotOfQr(page: Page, text: string, sidePx = 320): Promise<Buffer> {
  const svg = await QRCode.toString(qrSegments(text) as QRCode.QRCodeSegment[], {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 4,
  });
  await page.setContent(
    `<body style="margin:0;background:#fff"><div id="qr" style="width:${sidePx}px;height:${sidePx}px">${svg}</div></body>`,
  );
  return page.locator("#qr").screenshot();
}
