/**
 * Reads any decode source as RGBA pixels through one reusable canvas, scaled down so its longer
 * side is at most `maxSide` (large photos decode slowly and gain nothing past a few pixels per
 * module).
 */
import type { DecodeSource } from "./decoder";

export const MAX_DECODE_SIDE = 1600;

function sizeOf(source: DecodeSource): { width: number; height: number } {
  if (source instanceof HTMLVideoElement) return { width: source.videoWidth, height: source.videoHeight };
  return { width: source.width, height: source.height };
}

let scratch: HTMLCanvasElement | undefined;

/** ImageData cannot be scaled by `putImageData`: it goes through a second canvas. */
function imageDataCanvas(image: ImageData): HTMLCanvasElement {
  scratch ??= document.createElement("canvas");
  scratch.width = image.width;
  scratch.height = image.height;
  scratch.getContext("2d")?.putImageData(image, 0, 0);
  return scratch;
}

/**
 * The source's pixels (drawn into `canvas`), or `null` when there is nothing to read yet (a
 * video without a frame, an empty image).
 */
export function readPixels(
  source: DecodeSource,
  canvas: HTMLCanvasElement,
  maxSide = MAX_DECODE_SIDE,
): ImageData | null {
  if (source instanceof HTMLVideoElement && source.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) {
    return null;
  }
  const { width, height } = sizeOf(source);
  if (!(width > 0 && height > 0)) return null;
  const scale = Math.min(1, maxSide / Math.max(width, height));
  if (source instanceof ImageData && scale === 1) return source;
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (context === null) return null;
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = "high";
  context.drawImage(source instanceof ImageData ? imageDataCanvas(source) : source, 0, 0, w, h);
  return context.getImageData(0, 0, w, h);
}
