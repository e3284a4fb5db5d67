/**
 * A QR decoder behind one small interface, so the verifier can use the platform's
 * `BarcodeDetector` where it exists and ZXing elsewhere, and the benchmark can compare them.
 */

/** What a decoder reads: a live video frame, a still image, or raw pixels. */
export type DecodeSource = HTMLVideoElement | HTMLCanvasElement | ImageBitmap | ImageData;

export type DecoderName = "barcode-detector" | "zxing";

export interface QrDecoder {
  readonly name: DecoderName;
  /**
   * How many calls on one still image try everything this decoder has (a decoder may vary its
   * approach from call to call, as it would over the frames of a live scan).
   */
  readonly attemptsPerImage: number;
  /** The text of the first QR code found, or `null` when there is none (never throws). */
  decode(source: DecodeSource): Promise<string | null>;
}
