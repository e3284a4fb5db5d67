import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  QRCodeReader,
  RGBLuminanceSource,
} from "@zxing/library";
import fc from "fast-check";
import QRCode from "qrcode";
import { describe, expect, test } from "vitest";
import { qrSegments } from "#shared/card/qr-text";
import { dataCodewords, encodeQr, penalty, type QrSegmentInput } from "../src/teacher/card/qr-encode";

/** A deterministic digit string (no Math.random: failures must reproduce). */
function digits(length: number, seed = 7): string {
  let out = "";
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += String(x % 10);
  }
  return out;
}

/** "CDD1:" + as many digits as level M holds in `version`, minus a little. */
function fullSegments(version: number): QrSegmentInput[] {
  const countBits = version <= 9 ? 10 : version <= 26 ? 12 : 14;
  const free =
    dataCodewords(version) * 8 - (4 + (version <= 9 ? 9 : version <= 26 ? 11 : 13) + 28) - (4 + countBits);
  return [
    { data: "CDD1:", mode: "alphanumeric" },
    { data: digits(Math.floor((free * 3) / 10) - 2, version), mode: "numeric" },
  ];
}

function qrcodeModules(segments: QrSegmentInput[], version: number, mask: number): Uint8Array {
  const symbol = QRCode.create(segments as QRCode.QRCodeSegment[], {
    errorCorrectionLevel: "M",
    version,
    maskPattern: mask as QRCode.QRCodeMaskPattern,
  });
  return Uint8Array.from(symbol.modules.data, (bit) => (bit ? 1 : 0));
}

function decode(symbol: { size: number; data: Uint8Array }): string {
  const scale = 3;
  const side = (symbol.size + 8) * scale;
  const grey = new Uint8ClampedArray(side * side).fill(255);
  for (let y = 0; y < symbol.size; y++) {
    for (let x = 0; x < symbol.size; x++) {
      if (!symbol.data[y * symbol.size + x]) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) grey[((y + 4) * scale + dy) * side + (x + 4) * scale + dx] = 0;
      }
    }
  }
  const hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.QR_CODE]],
    [DecodeHintType.PURE_BARCODE, true],
  ]);
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(grey, side, side)));
  return new QRCodeReader().decode(bitmap, hints).getText();
}

describe("the card screen's QR encoder (level M)", () => {
  test("matches the qrcode package module for module: every version, every mask, full data", () => {
    for (let version = 1; version <= 40; version++) {
      const segments = fullSegments(version);
      for (let mask = 0; mask < 8; mask++) {
        const ours = encodeQr(segments, { version, mask });
        expect(ours.size, `v${version}`).toBe(version * 4 + 17);
        expect(
          Buffer.from(ours.data).equals(Buffer.from(qrcodeModules(segments, version, mask))),
          `v${version} mask ${mask}`,
        ).toBe(true);
      }
    }
  });

  test("matches qrcode for any card-like text (any length: padding, terminator, block split), mask by mask", () => {
    fc.assert(
      fc.property(fc.nat(1500), fc.nat(), fc.nat(7), (length, seed, mask) => {
        const segments = qrSegments(`CDD1:${digits(length, seed)}`) as QrSegmentInput[];
        const ours = encodeQr(segments, { mask });
        const theirs = qrcodeModules(segments, ours.version, mask);
        expect(Buffer.from(ours.data).equals(Buffer.from(theirs))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test("byte segments (UTF-8) match too", () => {
    const segments: QrSegmentInput[] = [{ data: "Ñandú · María José — eyJhbGciOiJFUzI1NiJ9", mode: "byte" }];
    for (const version of [4, 7, 12]) {
      for (const mask of [0, 5]) {
        expect(
          Buffer.from(encodeQr(segments, { version, mask }).data).equals(
            Buffer.from(qrcodeModules(segments, version, mask)),
          ),
        ).toBe(true);
      }
    }
  });

  test("picks the same smallest version as qrcode for card-sized texts", () => {
    for (const length of [10, 300, 700, 911, 1000, 1200]) {
      const segments = qrSegments(`CDD1:${digits(length)}`) as QrSegmentInput[];
      const expected = QRCode.create(segments as QRCode.QRCodeSegment[], {
        errorCorrectionLevel: "M",
      }).version;
      expect(encodeQr(segments).version, `${length} digits`).toBe(expected);
    }
  });

  test("symbols with the automatically chosen mask decode back to their text", () => {
    const texts = [
      `CDD1:${digits(911, 3)}`,
      `CDD1:${digits(17, 4)}`,
      `CDD1:${digits(1300, 5)}`,
      "eyJhbGciOiJFUzI1NiIsImtpZCI6ImsxIn0.eyJuIjoiTWFyw61hIn0.c2lnbmF0dXJl",
      "Ñandú",
    ];
    const masks = new Set<number>();
    for (const text of texts) {
      const symbol = encodeQr(qrSegments(text) as QrSegmentInput[]);
      masks.add(symbol.mask);
      expect(decode(symbol)).toBe(text);
    }
    expect(masks.size).toBeGreaterThan(1); // the mask really is chosen
  });

  test("refuses what a segment cannot hold, and data beyond version 40", () => {
    expect(() => encodeQr([{ data: "12a", mode: "numeric" }])).toThrow(RangeError);
    expect(() => encodeQr([{ data: "abc", mode: "alphanumeric" }])).toThrow(RangeError);
    expect(() => encodeQr([{ data: digits(8000), mode: "numeric" }])).toThrow(RangeError);
    expect(() => encodeQr([{ data: digits(100), mode: "numeric" }], { version: 1 })).toThrow(RangeError);
  });
});

/** Nayuki's reference penalty (QR Code generator library, getPenaltyScore), transcribed plainly. */
function referencePenalty(data: Uint8Array, size: number): number {
  const at = (x: number, y: number) => data[y * size + x] === 1;
  let result = 0;
  const addHistory = (length: number, history: number[]) => {
    if (history[0] === 0) length += size;
    history.pop();
    history.unshift(length);
  };
  const count = (h: number[]) => {
    const n = h[1] as number;
    const core = n > 0 && h[2] === n && h[3] === n * 3 && h[4] === n && h[5] === n;
    return (
      (core && (h[0] as number) >= n * 4 && (h[6] as number) >= n ? 1 : 0) +
      (core && (h[6] as number) >= n * 4 && (h[0] as number) >= n ? 1 : 0)
    );
  };
  const terminate = (color: boolean, length: number, history: number[]) => {
    if (color) {
      addHistory(length, history);
      length = 0;
    }
    addHistory(length + size, history);
    return count(history);
  };
  for (const vertical of [false, true]) {
    for (let a = 0; a < size; a++) {
      let color = false;
      let run = 0;
      const history = [0, 0, 0, 0, 0, 0, 0];
      for (let b = 0; b < size; b++) {
        const c = vertical ? at(a, b) : at(b, a);
        if (c === color) {
          run++;
          if (run === 5) result += 3;
          else if (run > 5) result++;
        } else {
          addHistory(run, history);
          if (!color) result += count(history) * 40;
          color = c;
          run = 1;
        }
      }
      result += terminate(color, run, history) * 40;
    }
  }
  for (let y = 0; y < size - 1; y++) {
    for (let x = 0; x < size - 1; x++) {
      const c = at(x, y);
      if (c === at(x + 1, y) && c === at(x, y + 1) && c === at(x + 1, y + 1)) result += 3;
    }
  }
  let dark = 0;
  for (const bit of data) dark += bit;
  const total = size * size;
  return result + (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
}

describe("mask choice", () => {
  test("the penalty score equals the reference implementation's, mask by mask", () => {
    for (const version of [1, 7, 15, 27]) {
      const segments = fullSegments(version);
      for (let mask = 0; mask < 8; mask++) {
        const symbol = encodeQr(segments, { version, mask });
        expect(penalty(symbol.data, symbol.size), `v${version} mask ${mask}`).toBe(
          referencePenalty(symbol.data, symbol.size),
        );
      }
    }
  });

  test("the automatic mask is the one with the lowest reference penalty", () => {
    for (const version of [2, 10, 15]) {
      const segments = fullSegments(version);
      const scores = Array.from({ length: 8 }, (_, mask) => {
        const symbol = encodeQr(segments, { version, mask });
        return referencePenalty(symbol.data, symbol.size);
      });
      expect(encodeQr(segments, { version }).mask).toBe(scores.indexOf(Math.min(...scores)));
    }
  });
});
