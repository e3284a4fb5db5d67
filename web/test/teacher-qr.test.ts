import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  QRCodeReader,
  RGBLuminanceSource,
} from "@zxing/library";
import { describe, expect, test } from "vitest";
import { qrStep } from "../src/teacher/card/QrSvg";
import { QUIET_ZONE, qrMatrix, qrPath } from "../src/teacher/card/qr-matrix";

/** Rasterise the SVG path the way a browser would (each `M x y h n v 1 h -n z` is a run). */
function rasterise(d: string, side: number, scale: number): Uint8ClampedArray {
  const px = side * scale;
  const grey = new Uint8ClampedArray(px * px).fill(255);
  for (const [, x, y, n] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < Number(n) * scale; dx++) {
        grey[(Number(y) * scale + dy) * px + Number(x) * scale + dx] = 0;
      }
    }
  }
  return grey;
}

function decode(grey: Uint8ClampedArray, px: number): string {
  const hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.QR_CODE]],
  ]);
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(grey, px, px)));
  return new QRCodeReader().decode(bitmap, hints).getText();
}

describe("QR drawing", () => {
  test.each([
    "CDD1:0123456789",
    `CDD1:${"31415926535897932384626433832795028841971693993751".repeat(10)}`,
    "eyJhbGciOiJFUzI1NiJ9.eyJ4IjoxfQ.c2ln",
  ])("the path draws a symbol that decodes back to its text (%#)", (text) => {
    const matrix = qrMatrix(text);
    const side = matrix.size + 2 * QUIET_ZONE;
    const d = qrPath(matrix);
    expect(decode(rasterise(d, side, 4), side * 4)).toBe(text);
  });

  test("level M, and the path covers exactly the dark modules", () => {
    const matrix = qrMatrix(`CDD1:${"7".repeat(900)}`);
    const dark = matrix.data.reduce((sum, bit) => sum + (bit ? 1 : 0), 0);
    let drawn = 0;
    for (const [, n] of qrPath(matrix).matchAll(/h(\d+)v1/g)) drawn += Number(n);
    expect(drawn).toBe(dark);
    expect(matrix.version).toBeGreaterThan(10);
  });
});

describe("qrStep: the CSS length of one device pixel per module", () => {
  test.each([
    [85, 2, "42.5px"],
    [85, 1, "85px"],
    [85, 0, "85px"],
  ])("%d modules at DPR %d → %s", (modules, dpr, expected) => {
    expect(qrStep(modules, dpr)).toBe(expected);
  });
});
