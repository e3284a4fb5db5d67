/**
 * The platform's Shape Detection API (`BarcodeDetector`), where the browser has it with QR
 * support (Chrome on Android and macOS, Safari 17+). Debian's Chromium on Linux has none.
 */
import type { DecodeSource, QrDecoder } from "./decoder";

interface DetectedBarcode {
  rawValue: string;
  format: string;
}

interface BarcodeDetectorInstance {
  detect(source: ImageBitmapSource): Promise<DetectedBarcode[]>;
}

interface BarcodeDetectorClass {
  new (options?: { formats: string[] }): BarcodeDetectorInstance;
  getSupportedFormats(): Promise<string[]>;
}

function detectorClass(): BarcodeDetectorClass | null {
  const candidate = (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector;
  return typeof candidate === "function" ? (candidate as BarcodeDetectorClass) : null;
}

/** True when this browser has a `BarcodeDetector` that reads QR codes. */
export async function isBarcodeDetectorAvailable(): Promise<boolean> {
  const Detector = detectorClass();
  if (Detector === null) return false;
  try {
    return (await Detector.getSupportedFormats()).includes("qr_code");
  } catch {
    return false;
  }
}

/** A decoder on the native detector, or `null` when the browser has none for QR codes. */
export async function createBarcodeDetectorDecoder(): Promise<QrDecoder | null> {
  const Detector = detectorClass();
  if (Detector === null || !(await isBarcodeDetectorAvailable())) return null;
  const detector = new Detector({ formats: ["qr_code"] });
  return {
    name: "barcode-detector",
    attemptsPerImage: 1,
    async decode(source: DecodeSource): Promise<string | null> {
      if (source instanceof HTMLVideoElement && source.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) {
        return null;
      }
      try {
        const found = await detector.detect(source);
        return found.find((code) => code.format === "qr_code" && code.rawValue !== "")?.rawValue ?? null;
      } catch {
        return null;
      }
    },
  };
}
