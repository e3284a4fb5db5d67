/**
 * Picks the decoder: the native `BarcodeDetector` first where the browser has it, else ZXing,
 * loaded on demand (a separate chunk, never in the verifier's first load).
 */
import { createBarcodeDetectorDecoder } from "./barcode-detector";
import type { DecoderName, QrDecoder } from "./decoder";

const loaded = new Map<string, Promise<QrDecoder>>();

async function load(prefer: DecoderName | "auto"): Promise<QrDecoder> {
  if (prefer !== "zxing") {
    const native = await createBarcodeDetectorDecoder();
    if (native !== null) return native;
    if (prefer === "barcode-detector") throw new Error("BarcodeDetector with QR support is not available");
  }
  const { createZxingDecoder } = await import("./zxing");
  return createZxingDecoder();
}

/** The decoder to use (cached); `prefer` forces one, for comparisons. */
export function loadDecoder(prefer: DecoderName | "auto" = "auto"): Promise<QrDecoder> {
  let decoder = loaded.get(prefer);
  if (decoder === undefined) {
    decoder = load(prefer);
    // A failed load (e.g. the chunk could not be fetched) is retried next time.
    decoder.catch(() => loaded.delete(prefer));
    loaded.set(prefer, decoder);
  }
  return decoder;
}
