/**
 * Grey levels of a frame and two cheap alternative views of it, for decoders that do better on
 * a smoothed or a smaller picture (see zxing.ts). Pure functions on byte arrays.
 */

export interface Gray {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** RGBA pixels → luma (Rec. 601 weights, as ZXing's own canvas source). */
export function toGray(rgba: Uint8ClampedArray, width: number, height: number): Gray {
  const data = new Uint8ClampedArray(width * height);
  for (let i = 0, p = 0; i < data.length; i++, p += 4) {
    data[i] =
      (306 * (rgba[p] as number) + 601 * (rgba[p + 1] as number) + 117 * (rgba[p + 2] as number) + 512) >> 10;
  }
  return { width, height, data };
}

/** A 3×3 binomial blur ([1 2 1] ⊗ [1 2 1] / 16), edges clamped: takes the edge off sensor noise. */
export function smooth({ width, height, data }: Gray): Gray {
  const rows = new Uint16Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const left = data[row + Math.max(0, x - 1)] as number;
      const right = data[row + Math.min(width - 1, x + 1)] as number;
      rows[row + x] = left + 2 * (data[row + x] as number) + right;
    }
  }
  const out = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++) {
    const up = Math.max(0, y - 1) * width;
    const row = y * width;
    const down = Math.min(height - 1, y + 1) * width;
    for (let x = 0; x < width; x++) {
      out[row + x] =
        ((rows[up + x] as number) + 2 * (rows[row + x] as number) + (rows[down + x] as number) + 8) >> 4;
    }
  }
  return { width, height, data: out };
}

/** Half the size, each pixel the mean of a 2×2 block. */
export function halve({ width, height, data }: Gray): Gray {
  const w = width >> 1;
  const h = height >> 1;
  const out = new Uint8ClampedArray(w * h);
  for (let y = 0; y < h; y++) {
    const top = 2 * y * width;
    const bottom = top + width;
    for (let x = 0; x < w; x++) {
      const i = 2 * x;
      out[y * w + x] =
        ((data[top + i] as number) +
          (data[top + i + 1] as number) +
          (data[bottom + i] as number) +
          (data[bottom + i + 1] as number) +
          2) >>
        2;
    }
  }
  return { width: w, height: h, data: out };
}

/** Resized by `factor` (< 1) with bilinear sampling: smooth first, or it aliases. */
export function resample({ width, height, data }: Gray, factor: number): Gray {
  const w = Math.max(1, Math.round(width * factor));
  const h = Math.max(1, Math.round(height * factor));
  const out = new Uint8ClampedArray(w * h);
  for (let y = 0; y < h; y++) {
    const sy = Math.min(height - 1, (y + 0.5) / factor - 0.5);
    const y0 = Math.max(0, Math.floor(sy));
    const y1 = Math.min(height - 1, y0 + 1);
    const ty = Math.max(0, sy - y0);
    for (let x = 0; x < w; x++) {
      const sx = Math.min(width - 1, (x + 0.5) / factor - 0.5);
      const x0 = Math.max(0, Math.floor(sx));
      const x1 = Math.min(width - 1, x0 + 1);
      const tx = Math.max(0, sx - x0);
      const top = (data[y0 * width + x0] as number) * (1 - tx) + (data[y0 * width + x1] as number) * tx;
      const bottom = (data[y1 * width + x0] as number) * (1 - tx) + (data[y1 * width + x1] as number) * tx;
      out[y * w + x] = top * (1 - ty) + bottom * ty;
    }
  }
  return { width: w, height: h, data: out };
}
