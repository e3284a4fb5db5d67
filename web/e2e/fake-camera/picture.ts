/**
 * What the fake camera looks at: a "picture" with a size and a luma at any point. A QR code
 * rendered from its text (modules and a 4-module quiet zone), or an image such as a screenshot
 * of the teacher's live QR.
 */
import QRCode from "qrcode";
import { qrSegments } from "#shared/card/qr-text";
import type { GrayImage } from "./png";

export interface Picture {
  width: number;
  height: number;
  /** Luma (0–255) at (x, y) in picture units; outside the picture is not asked. */
  lumaAt(x: number, y: number): number;
  /** QR version, when known. */
  version?: number;
}

export const QUIET_ZONE_MODULES = 4;

/**
 * The QR code of `text` as the app draws it (`CDD1:` digits in numeric mode, error correction
 * M); `black`/`white` lower the contrast the way a phone screen does.
 */
export function qrPicture(
  text: string,
  options: { black?: number; white?: number; ecl?: "L" | "M" | "Q" | "H" } = {},
): Picture {
  const segments = qrSegments(text) as QRCode.QRCodeSegment[];
  const qr = QRCode.create(segments, { errorCorrectionLevel: options.ecl ?? "M" });
  const n = qr.modules.size;
  const total = n + 2 * QUIET_ZONE_MODULES;
  const black = options.black ?? 16;
  const white = options.white ?? 235;
  return {
    width: total,
    height: total,
    version: qr.version,
    lumaAt(x, y) {
      const col = Math.floor(x) - QUIET_ZONE_MODULES;
      const row = Math.floor(y) - QUIET_ZONE_MODULES;
      if (row < 0 || col < 0 || row >= n || col >= n) return white;
      return qr.modules.get(row, col) ? black : white;
    },
  };
}

/** An image (e.g. a decoded screenshot), sampled bilinearly. */
export function imagePicture(image: GrayImage): Picture {
  const { width, height, data } = image;
  const at = (x: number, y: number) =>
    data[Math.min(height - 1, Math.max(0, y)) * width + Math.min(width - 1, Math.max(0, x))] as number;
  return {
    width,
    height,
    lumaAt(x, y) {
      const fx = x - 0.5;
      const fy = y - 0.5;
      const x0 = Math.floor(fx);
      const y0 = Math.floor(fy);
      const tx = fx - x0;
      const ty = fy - y0;
      const top = at(x0, y0) * (1 - tx) + at(x0 + 1, y0) * tx;
      const bottom = at(x0, y0 + 1) * (1 - tx) + at(x0 + 1, y0 + 1) * tx;
      return top * (1 - ty) + bottom * ty;
    },
  };
}
