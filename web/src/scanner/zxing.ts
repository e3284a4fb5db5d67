/**
 * ZXing (`@zxing/browser`), the decoder for browsers without `BarcodeDetector`. This module is
 * only ever loaded with a dynamic `import()` when the camera starts or an image is chosen, so
 * it is not part of the verifier's first load.
 *
 * ZXing misses some perfectly clean codes (data that looks like a finder pattern leads its
 * detector astray: about 1 in 10 at camera sizes, measured) and noisy ones (its binariser
 * thresholds each 8×8 block at its own mean, so sensor noise on white turns into speckles). It
 * reads best with modules of about 3–5 pixels, so the same frame read at a smaller size, or
 * smoothed, rescues nearly all of them. Each call uses the next view: a live scan cycles through
 * them frame by frame (one decode per frame; back to the first after a read), and a still
 * image is decoded once per view (`attemptsPerImage`).
 */
import { BrowserQRCodeReader } from "@zxing/browser";
import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  RGBLuminanceSource,
} from "@zxing/library";
import type { DecodeSource, QrDecoder } from "./decoder";
import { readPixels } from "./frame-canvas";
import { type Gray, halve, resample, smooth, toGray } from "./luma";

/**
 * Best first, as measured over 40 random v16 codes per case (ZXing in Node, the same code):
 * ¾ size reads 40/40 clean, 37/40 with noise σ10 or low contrast, 40/40 rotated 30°, at 280–350
 * px in 640×480; half size reads 39/40 of codes filling an HD frame; smoothed and as-is cover
 * most of the rest. Any of the four: 37–40 of 40 in every case.
 *
 * Clean screenshots are harder: ZXing reads best at about 3 px per module and fails, all or
 * nothing, at some sizes. Over random card codes drawn by Chromium at 320, 480 and 640 px
 * (3.6–7.2 px per module), the first four views missed 14 of 120 at 640 px; with 0.6 and 0.4
 * size 1 of 80 at 640 and 480 px; with 0.45 size too, none of 240.
 */
const VIEWS: ReadonlyArray<(gray: Gray) => Gray> = [
  (gray) => resample(gray, 0.75),
  halve,
  smooth,
  (gray) => gray,
  (gray) => resample(gray, 0.6),
  (gray) => resample(gray, 0.4),
  (gray) => resample(gray, 0.45),
];

export function createZxingDecoder(): QrDecoder {
  const hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.QR_CODE]],
    [DecodeHintType.TRY_HARDER, true],
  ]);
  const reader = new BrowserQRCodeReader(hints);
  const canvas = document.createElement("canvas");
  let call = 0;
  return {
    name: "zxing",
    attemptsPerImage: VIEWS.length,
    async decode(source: DecodeSource): Promise<string | null> {
      const view = VIEWS[call++ % VIEWS.length] as (gray: Gray) => Gray;
      try {
        const pixels = readPixels(source, canvas);
        if (pixels === null) return null;
        const { width, height, data } = view(toGray(pixels.data, pixels.width, pixels.height));
        const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(data, width, height)));
        const text = reader.decodeBitmap(bitmap).getText();
        if (text === "") return null;
        call = 0; // the next scan starts again with the best view
        return text;
      } catch {
        // NotFound, Checksum and Format exceptions: no readable QR code in this view.
        return null;
      }
    },
  };
}
