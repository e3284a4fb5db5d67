/**
 * Renders a camera frame: the picture (on a white phone screen) placed at the centre of a
 * darker "desk", scaled so its longer side is `side` pixels, rotated, blurred and noisy.
 * Adapted from the handout's tools/make-y4m.mjs (same geometry, supersampling, box blur and
 * seeded Gaussian noise) so runs are reproducible.
 */

import type { Picture } from "./picture";
import type { GrayImage } from "./png";

export interface FrameOptions {
  width?: number;
  height?: number;
  /** The picture's longer side in pixels (for a QR: including its quiet zone). */
  side?: number;
  /** Degrees, clockwise. */
  rotate?: number;
  /** Box-blur radius in pixels, applied twice (≈ Gaussian). */
  blur?: number;
  /** Standard deviation of Gaussian noise, in luma levels. */
  noise?: number;
  /** Seed of the noise (different seeds: different frames of one clip). */
  seed?: number;
}

/** White screen border around the picture, as a fraction of its longer side. */
const BEZEL = 0.03;
const SUPERSAMPLING = 3;

function boxBlur(src: Float32Array, w: number, h: number, r: number): Float32Array {
  if (r <= 0) return src;
  const tmp = new Float32Array(w * h);
  const out = new Float32Array(w * h);
  const k = 2 * r + 1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let i = -r; i <= r; i++) s += src[y * w + Math.min(w - 1, Math.max(0, x + i))] as number;
      tmp[y * w + x] = s / k;
    }
  }
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let i = -r; i <= r; i++) s += tmp[Math.min(h - 1, Math.max(0, y + i)) * w + x] as number;
      out[y * w + x] = s / k;
    }
  }
  return out;
}

/** The noise-free, blurred frame (shared by every frame of a clip). */
export function renderBase(
  picture: Picture,
  options: FrameOptions = {},
): { width: number; height: number; luma: Float32Array } {
  const width = options.width ?? 640;
  const height = options.height ?? 480;
  const side = options.side ?? 350;
  const angle = ((options.rotate ?? 0) * Math.PI) / 180;
  const scale = side / Math.max(picture.width, picture.height); // pixels per picture unit
  const bezel = BEZEL * Math.max(picture.width, picture.height);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const base = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
          const dx = x + (sx + 0.5) / SUPERSAMPLING - width / 2;
          const dy = y + (sy + 0.5) / SUPERSAMPLING - height / 2;
          const u = (dx * cos + dy * sin) / scale + picture.width / 2;
          const v = (-dx * sin + dy * cos) / scale + picture.height / 2;
          if (u >= 0 && v >= 0 && u < picture.width && v < picture.height) sum += picture.lumaAt(u, v);
          else if (u >= -bezel && v >= -bezel && u < picture.width + bezel && v < picture.height + bezel)
            sum += 235;
          else sum += 40 + (50 * y) / height; // the desk: a dark gradient
        }
      }
      base[y * width + x] = sum / (SUPERSAMPLING * SUPERSAMPLING);
    }
  }
  const blur = Math.round(options.blur ?? 0);
  return { width, height, luma: boxBlur(boxBlur(base, width, height, blur), width, height, blur) };
}

/** One frame: the base plus seeded Gaussian noise, clamped to bytes. */
export function addNoise(
  base: { width: number; height: number; luma: Float32Array },
  noise = 0,
  seed = 12345,
): GrayImage {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const gauss = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  const data = new Uint8Array(base.width * base.height);
  for (let i = 0; i < data.length; i++) {
    const value = (base.luma[i] as number) + (noise > 0 ? noise * gauss() : 0);
    data[i] = Math.max(0, Math.min(255, Math.round(value)));
  }
  return { width: base.width, height: base.height, data };
}

export function renderFrame(picture: Picture, options: FrameOptions = {}): GrayImage {
  return addNoise(renderBase(picture, options), options.noise ?? 0, options.seed);
}
