/**
 * QR size budget (DESIGN.md): a live presentation fits version 15 at error correction M for a
 * 25-character name, version 17 for a 60-character name, with the `qrcode` package the PWA uses.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createPresentation } from "../src/card/presentation";
import { encodeStatic, qrSegments } from "../src/card/qr-text";
import { signCard } from "../src/card/sign";
import { claimsFor, makeDevice, makeIssuer, NOW } from "./helpers";

interface QrCodeLike {
  create(segments: unknown, options: { errorCorrectionLevel: "M" }): { version: number };
}
// Loaded by name so @types/qrcode (which pulls in Node's types) stays out of shared's type check.
const qrcodeModule = "qrcode";
let QRCode: QrCodeLike;
beforeAll(async () => {
  QRCode = ((await import(/* @vite-ignore */ qrcodeModule)) as { default: QrCodeLike }).default;
});

// 25 and 60 characters, with accents and ñ; the largest realistic index and the longest kid we issue.
const NAME_25 = "María José Quishpe Ñaupas";
const NAME_60 = "Ana Lucía de los Ángeles Muñoz Villavicencio Pérez de Cañari";

async function versions(name: string) {
  const issuer = await makeIssuer("k2026-01");
  const device = await makeDevice();
  const card = await signCard(claimsFor(device.k, { n: name, sli: 16_777_215 }), issuer);
  const live = await createPresentation(card, device.privateKey, NOW);
  const qr = (text: string) => QRCode.create(qrSegments(text), { errorCorrectionLevel: "M" }).version;
  return { live: qr(live), static: qr(encodeStatic(card)) };
}

describe("QR size at ECL M", () => {
  it("names are the stated lengths", () => {
    expect(NAME_25.length).toBe(25);
    expect(NAME_60.length).toBe(60);
  });

  it("25-character name: live presentation ≤ version 15", async () => {
    const v = await versions(NAME_25);
    expect(v.live).toBeLessThanOrEqual(15);
    expect(v.static).toBeLessThanOrEqual(v.live);
  });

  it("60-character name: live presentation ≤ version 17", async () => {
    const v = await versions(NAME_60);
    expect(v.live).toBeLessThanOrEqual(17);
  });
});
