/**
 * The in-browser half of `npm run bench` (bench/verifier.bench.ts bundles this file and runs it
 * in Debian Chromium). Not imported by the app. It measures what only a browser can: the
 * decoders over generated camera frames, and `verifyPresentation` with the browser's Web Crypto.
 */
import { verifyPresentation } from "#shared/card/presentation";
import { importTrust } from "#shared/card/trust";
import { createBarcodeDetectorDecoder } from "../scanner/barcode-detector";
import type { DecoderName, QrDecoder } from "../scanner/decoder";
import { createZxingDecoder } from "../scanner/zxing";

export interface FrameInput {
  name: string;
  width: number;
  height: number;
  /** Luma, one byte per pixel, base64. */
  luma: string;
}

export interface DecoderReport {
  name: DecoderName;
  available: boolean;
  results: Array<{ frame: string; ok: boolean; ms: number }>;
}

function toImageData(frame: FrameInput): ImageData {
  const luma = Uint8Array.from(atob(frame.luma), (c) => c.charCodeAt(0));
  const rgba = new Uint8ClampedArray(frame.width * frame.height * 4);
  for (let i = 0; i < luma.length; i++) {
    const v = luma[i] as number;
    rgba[i * 4] = v;
    rgba[i * 4 + 1] = v;
    rgba[i * 4 + 2] = v;
    rgba[i * 4 + 3] = 255;
  }
  return new ImageData(rgba, frame.width, frame.height);
}

async function run(
  decoder: QrDecoder,
  frames: FrameInput[],
  expected: string,
): Promise<DecoderReport["results"]> {
  const results: DecoderReport["results"] = [];
  for (const frame of frames) {
    const image = toImageData(frame);
    // As many consecutive frames as the decoder needs to try all it has (as in a live scan).
    let ok = false;
    let ms = 0;
    for (let attempt = 0; attempt < decoder.attemptsPerImage && !ok; attempt++) {
      const start = performance.now();
      ok = (await decoder.decode(image)) === expected;
      ms = performance.now() - start;
    }
    results.push({ frame: frame.name, ok, ms });
  }
  return results;
}

/** Every decoder this browser has, over every frame: did it read exactly `expected`? */
export async function decodeFrames(frames: FrameInput[], expected: string): Promise<DecoderReport[]> {
  const reports: DecoderReport[] = [];
  const native = await createBarcodeDetectorDecoder();
  reports.push({
    name: "barcode-detector",
    available: native !== null,
    results: native ? await run(native, frames, expected) : [],
  });
  reports.push({
    name: "zxing",
    available: true,
    results: await run(createZxingDecoder(), frames, expected),
  });
  return reports;
}

/**
 * Verify timing: trust imported once (as the app does), then `batches` × `perBatch`
 * verifications; each batch's mean per verification (the browser's clock is coarse, ~0.1 ms,
 * so single calls cannot be timed).
 */
export async function verifyTiming(input: {
  jwks: { keys: unknown[] };
  statusList: string;
  text: string;
  nowSec: number;
  batches: number;
  perBatch: number;
}): Promise<{ valid: boolean; perVerifyMs: number[] }> {
  const trust = await importTrust(
    { jwks: input.jwks, statusList: input.statusList, fetchedAt: input.nowSec },
    input.nowSec,
  );
  const first = await verifyPresentation(input.text, trust, input.nowSec);
  for (let i = 0; i < 200; i++) await verifyPresentation(input.text, trust, input.nowSec); // warm-up
  const perVerifyMs: number[] = [];
  for (let b = 0; b < input.batches; b++) {
    const start = performance.now();
    for (let i = 0; i < input.perBatch; i++) await verifyPresentation(input.text, trust, input.nowSec);
    perVerifyMs.push((performance.now() - start) / input.perBatch);
  }
  return { valid: first.valid, perVerifyMs };
}
