/** Reads a QR code from an image the user chose (a photo or a screenshot of the card). */
import type { QrDecoder } from "./decoder";

/** Larger files are refused before decoding (a phone photo is a few MB). */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

export type ImageDecodeResult =
  | { ok: true; text: string }
  | { ok: false; code: "too_large" | "unreadable" | "no_qr" };

export async function decodeImageFile(file: Blob, decoder: QrDecoder): Promise<ImageDecodeResult> {
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, code: "too_large" };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, code: "unreadable" };
  }
  try {
    for (let attempt = 0; attempt < decoder.attemptsPerImage; attempt++) {
      const text = await decoder.decode(bitmap);
      if (text !== null) return { ok: true, text };
    }
    return { ok: false, code: "no_qr" };
  } finally {
    bitmap.close();
  }
}
