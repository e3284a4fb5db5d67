/**
 * A small QR Code encoder (ISO/IEC 18004), error correction level M only: what the card screen
 * needs, in a fraction of the `qrcode` package (which cannot be tree-shaken and weighs ~7 KB gzip
 * in the teacher's first load). Numeric, alphanumeric and byte segments; the smallest version
 * that fits; the mask with the lowest penalty unless one is asked for.
 * test/teacher-qr-encode.test.ts checks it module for module against `qrcode` for every version
 * and mask, and decodes its symbols with ZXing.
 */

export type QrMode = "numeric" | "alphanumeric" | "byte";
export interface QrSegmentInput {
  data: string;
  mode: QrMode;
}

export interface QrSymbol {
  version: number;
  mask: number;
  /** Modules per side. */
  size: number;
  /** size × size, row-major; 1 = dark. */
  data: Uint8Array;
}

// Level M, by version (index 0 unused): error correction codewords per block, and blocks.
const ECC_PER_BLOCK = [
  0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28,
  28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];
const BLOCKS = [
  0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29,
  31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
];
/** Format information uses 0 for level M. */
const LEVEL_M_BITS = 0;
const ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
const MODE: Record<QrMode, { indicator: number; countBits: [number, number, number] }> = {
  numeric: { indicator: 1, countBits: [10, 12, 14] },
  alphanumeric: { indicator: 2, countBits: [9, 11, 13] },
  byte: { indicator: 4, countBits: [8, 16, 16] },
};

const countBits = (mode: QrMode, version: number) =>
  MODE[mode].countBits[version <= 9 ? 0 : version <= 26 ? 1 : 2] as number;

// --- bits ----------------------------------------------------------------------------------

/** A bit string, most significant bit first, kept as numbers of up to 16 bits and their lengths. */
class Bits {
  readonly values: number[] = [];
  readonly lengths: number[] = [];
  length = 0;
  push(value: number, length: number): void {
    this.values.push(value);
    this.lengths.push(length);
    this.length += length;
  }
  append(other: Bits): void {
    for (let i = 0; i < other.values.length; i++)
      this.push(other.values[i] as number, other.lengths[i] as number);
  }
  /** The bits as bytes (the last one padded with zeros). */
  toBytes(): number[] {
    const bytes: number[] = [];
    let byte = 0;
    let filled = 0;
    for (let i = 0; i < this.values.length; i++) {
      const value = this.values[i] as number;
      for (let bit = (this.lengths[i] as number) - 1; bit >= 0; bit--) {
        byte = (byte << 1) | ((value >>> bit) & 1);
        if (++filled === 8) {
          bytes.push(byte);
          byte = 0;
          filled = 0;
        }
      }
    }
    if (filled > 0) bytes.push(byte << (8 - filled));
    return bytes;
  }
}

function segmentBits(segment: QrSegmentInput): { count: number; bits: Bits } {
  const out = new Bits();
  const { data, mode } = segment;
  if (mode === "numeric") {
    if (!/^\d*$/.test(data)) throw new RangeError("numeric segment with a non-digit");
    for (let i = 0; i < data.length; i += 3) {
      const group = data.slice(i, i + 3);
      out.push(Number(group), group.length * 3 + 1);
    }
    return { count: data.length, bits: out };
  }
  if (mode === "alphanumeric") {
    const values = Array.from(data, (char) => ALPHANUMERIC.indexOf(char));
    if (values.includes(-1)) throw new RangeError("alphanumeric segment with an unsupported character");
    for (let i = 0; i + 1 < values.length; i += 2)
      out.push((values[i] as number) * 45 + (values[i + 1] as number), 11);
    if (values.length % 2 === 1) out.push(values[values.length - 1] as number, 6);
    return { count: values.length, bits: out };
  }
  const bytes = new TextEncoder().encode(data);
  for (const byte of bytes) out.push(byte, 8);
  return { count: bytes.length, bits: out };
}

// --- capacity ------------------------------------------------------------------------------

function alignmentPositions(version: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const step = version === 32 ? 26 : Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2;
  const positions = [6];
  for (let pos = version * 4 + 10; positions.length < count; pos -= step) positions.splice(1, 0, pos);
  return positions;
}

/** Modules left for data and error correction once the function patterns are placed. */
function rawDataModules(version: number): number {
  let modules = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const align = Math.floor(version / 7) + 2;
    modules -= (25 * align - 10) * align - 55;
    if (version >= 7) modules -= 36;
  }
  return modules;
}

/** Data codewords (bytes) a level-M symbol of `version` holds. */
export const dataCodewords = (version: number) =>
  Math.floor(rawDataModules(version) / 8) - (ECC_PER_BLOCK[version] as number) * (BLOCKS[version] as number);

// --- Reed-Solomon over GF(256), polynomial 0x11D --------------------------------------------

// Antilog and log tables of GF(256) with generator 2: multiplying is two lookups.
const EXP = new Uint8Array(510);
const LOG = new Uint8Array(256);
for (let i = 0, x = 1; i < 255; i++, x = (x << 1) ^ (x & 0x80 ? 0x11d : 0)) {
  EXP[i] = x;
  EXP[i + 255] = x;
  LOG[x] = i;
}

function gfMultiply(x: number, y: number): number {
  return x === 0 || y === 0 ? 0 : (EXP[(LOG[x] as number) + (LOG[y] as number)] as number);
}

/** The generator polynomial of `degree`, highest coefficient (1) left out. */
function rsDivisor(degree: number): Uint8Array {
  const result = new Uint8Array(degree);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      result[j] = gfMultiply(result[j] as number, root) ^ (j + 1 < degree ? (result[j + 1] as number) : 0);
    }
    root = gfMultiply(root, 2);
  }
  return result;
}

function rsRemainder(data: number[], divisor: Uint8Array): number[] {
  const degree = divisor.length;
  const result = new Uint8Array(degree);
  for (const byte of data) {
    const factor = byte ^ (result[0] as number);
    result.copyWithin(0, 1);
    result[degree - 1] = 0;
    if (factor === 0) continue;
    const logFactor = LOG[factor] as number;
    for (let i = 0; i < degree; i++) {
      const coefficient = divisor[i] as number;
      if (coefficient !== 0)
        result[i] = (result[i] as number) ^ (EXP[(LOG[coefficient] as number) + logFactor] as number);
    }
  }
  return Array.from(result);
}

/** Splits the data into blocks, adds each block's error correction, and interleaves them. */
function withErrorCorrection(data: number[], version: number): number[] {
  const blocks = BLOCKS[version] as number;
  const eccLength = ECC_PER_BLOCK[version] as number;
  const raw = Math.floor(rawDataModules(version) / 8);
  const shortBlocks = blocks - (raw % blocks);
  const shortLength = Math.floor(raw / blocks);
  const divisor = rsDivisor(eccLength);
  const all: number[][] = [];
  for (let i = 0, k = 0; i < blocks; i++) {
    const block = data.slice(k, k + shortLength - eccLength + (i < shortBlocks ? 0 : 1));
    k += block.length;
    const ecc = rsRemainder(block, divisor);
    if (i < shortBlocks) block.push(0);
    all.push(block.concat(ecc));
  }
  const out: number[] = [];
  for (let i = 0; i < (all[0] as number[]).length; i++) {
    all.forEach((block, j) => {
      if (i !== shortLength - eccLength || j >= shortBlocks) out.push(block[i] as number);
    });
  }
  return out;
}

// --- the matrix ----------------------------------------------------------------------------

class Matrix {
  readonly size: number;
  readonly modules: Uint8Array;
  readonly reserved: Uint8Array;
  constructor(size: number) {
    this.size = size;
    this.modules = new Uint8Array(size * size);
    this.reserved = new Uint8Array(size * size);
  }
  set(x: number, y: number, dark: boolean): void {
    this.modules[y * this.size + x] = dark ? 1 : 0;
    this.reserved[y * this.size + x] = 1;
  }
}

function bch(value: number, generator: number, bits: number): number {
  const degree = Math.floor(Math.log2(generator));
  let rem = value << degree;
  for (let i = bits + degree - 1; i >= degree; i--) if ((rem >>> i) & 1) rem ^= generator << (i - degree);
  return (value << degree) | rem;
}

function drawFormat(m: Matrix, mask: number): void {
  const bits = bch((LEVEL_M_BITS << 3) | mask, 0x537, 5) ^ 0x5412;
  const bit = (i: number) => ((bits >>> i) & 1) === 1;
  const { size } = m;
  for (let i = 0; i <= 5; i++) m.set(8, i, bit(i));
  m.set(8, 7, bit(6));
  m.set(8, 8, bit(7));
  m.set(7, 8, bit(8));
  for (let i = 9; i < 15; i++) m.set(14 - i, 8, bit(i));
  for (let i = 0; i < 8; i++) m.set(size - 1 - i, 8, bit(i));
  for (let i = 8; i < 15; i++) m.set(8, size - 15 + i, bit(i));
  m.set(8, size - 8, true); // the dark module
}

function drawFunctionPatterns(m: Matrix, version: number): void {
  const { size } = m;
  for (let i = 0; i < size; i++) {
    m.set(6, i, i % 2 === 0);
    m.set(i, 6, i % 2 === 0);
  }
  for (const [cx, cy] of [
    [3, 3],
    [size - 4, 3],
    [3, size - 4],
  ] as const) {
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        const d = Math.max(Math.abs(dx), Math.abs(dy));
        if (x >= 0 && x < size && y >= 0 && y < size) m.set(x, y, d !== 2 && d !== 4);
      }
    }
  }
  const positions = alignmentPositions(version);
  const last = positions.length - 1;
  positions.forEach((cx, i) => {
    positions.forEach((cy, j) => {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let dy = -2; dy <= 2; dy++) {
        for (let dx = -2; dx <= 2; dx++) m.set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
      }
    });
  });
  drawFormat(m, 0); // reserve; redrawn with the chosen mask
  if (version >= 7) {
    const bits = bch(version, 0x1f25, 6);
    for (let i = 0; i < 18; i++) {
      const dark = ((bits >>> i) & 1) === 1;
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      m.set(a, b, dark);
      m.set(b, a, dark);
    }
  }
}

function drawCodewords(m: Matrix, codewords: number[]): void {
  const { size } = m;
  let i = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vert = 0; vert < size; vert++) {
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const y = ((right + 1) & 2) === 0 ? size - 1 - vert : vert;
        if (!m.reserved[y * size + x] && i < codewords.length * 8) {
          m.modules[y * size + x] = ((codewords[i >>> 3] as number) >>> (7 - (i & 7))) & 1;
          i++;
        }
      }
    }
  }
}

/**
 * `from` with mask `mask` (ISO/IEC 18004 table 10) applied to every module not reserved for
 * function patterns, into `to`. One loop per mask with its condition written inline: this runs
 * nine times over the symbol on the card's first paint, before the engine has optimised anything.
 */
function applyMask(m: Matrix, mask: number, from: Uint8Array, to: Uint8Array): void {
  const { size, reserved } = m;
  to.set(from);
  let i = 0;
  switch (mask) {
    case 0:
      for (let y = 0; y < size; y++)
        for (let x = 0; x < size; x++, i++)
          if (reserved[i] === 0 && (x + y) % 2 === 0) to[i] = (from[i] as number) ^ 1;
      return;
    case 1:
      for (let y = 0; y < size; y++)
        for (let x = 0; x < size; x++, i++)
          if (reserved[i] === 0 && y % 2 === 0) to[i] = (from[i] as number) ^ 1;
      return;
    case 2:
      for (let y = 0; y < size; y++)
        for (let x = 0; x < size; x++, i++)
          if (reserved[i] === 0 && x % 3 === 0) to[i] = (from[i] as number) ^ 1;
      return;
    case 3:
      for (let y = 0; y < size; y++)
        for (let x = 0; x < size; x++, i++)
          if (reserved[i] === 0 && (x + y) % 3 === 0) to[i] = (from[i] as number) ^ 1;
      return;
    case 4:
      for (let y = 0; y < size; y++)
        for (let x = 0; x < size; x++, i++)
          if (reserved[i] === 0 && (((x / 3) | 0) + ((y / 2) | 0)) % 2 === 0) to[i] = (from[i] as number) ^ 1;
      return;
    case 5:
      for (let y = 0; y < size; y++)
        for (let x = 0; x < size; x++, i++)
          if (reserved[i] === 0 && ((x * y) % 2) + ((x * y) % 3) === 0) to[i] = (from[i] as number) ^ 1;
      return;
    case 6:
      for (let y = 0; y < size; y++)
        for (let x = 0; x < size; x++, i++)
          if (reserved[i] === 0 && (((x * y) % 2) + ((x * y) % 3)) % 2 === 0) to[i] = (from[i] as number) ^ 1;
      return;
    default:
      for (let y = 0; y < size; y++)
        for (let x = 0; x < size; x++, i++)
          if (reserved[i] === 0 && (((x + y) % 2) + ((x * y) % 3)) % 2 === 0) to[i] = (from[i] as number) ^ 1;
  }
}

/**
 * Finder-like patterns (1:1:3:1:1 with 4 light modules on one side) and long runs along one
 * line (rules N1 and N3), scanning `size` modules from `start` with `step` (1: a row, size: a
 * column). Run lengths are kept in seven locals, newest first; a light border surrounds the line.
 * (Written out in one loop, with no helper calls: it runs 16 times per module on the card's first
 * paint, mostly before the JavaScript engine has optimised anything.)
 */
function linePenalty(modules: Uint8Array, size: number, start: number, step: number): number {
  let score = 0;
  let h0 = 0;
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  let h4 = 0;
  let h5 = 0;
  let h6 = 0;
  let color = 0;
  let run = 0;
  const end = start + size * step;
  for (let at = start; at !== end; at += step) {
    const c = modules[at] as number;
    if (c === color) {
      run++;
      if (run === 5) score += 3;
      else if (run > 5) score++;
      continue;
    }
    // A run ended: push it (the first run of the line includes the light border).
    h6 = h5;
    h5 = h4;
    h4 = h3;
    h3 = h2;
    h2 = h1;
    h1 = h0;
    h0 = h1 === 0 ? run + size : run;
    if (color === 0) {
      const n = h1;
      if (n !== 0 && h2 === n && h3 === n * 3 && h4 === n && h5 === n) {
        if (h0 >= n * 4 && h6 >= n) score += 40;
        if (h6 >= n * 4 && h0 >= n) score += 40;
      }
    }
    color = c;
    run = 1;
  }
  if (color === 1) {
    h6 = h5;
    h5 = h4;
    h4 = h3;
    h3 = h2;
    h2 = h1;
    h1 = h0;
    h0 = h1 === 0 ? run + size : run;
    run = 0;
  }
  h6 = h5;
  h5 = h4;
  h4 = h3;
  h3 = h2;
  h2 = h1;
  h1 = h0;
  h0 = h1 === 0 ? run + size + size : run + size;
  const n = h1;
  if (n !== 0 && h2 === n && h3 === n * 3 && h4 === n && h5 === n) {
    if (h0 >= n * 4 && h6 >= n) score += 40;
    if (h6 >= n * 4 && h0 >= n) score += 40;
  }
  return score;
}

/** The standard's penalty score (rules N1–N4) of the masked symbol: lower is easier to read. */
export function penalty(modules: Uint8Array, size: number): number {
  let score = 0;
  for (let i = 0; i < size; i++) {
    score += linePenalty(modules, size, i * size, 1);
    score += linePenalty(modules, size, i, size);
  }
  let dark = 0;
  for (let y = 0; y < size - 1; y++) {
    const row = y * size;
    const below = row + size;
    for (let x = 0; x < size - 1; x++) {
      const c = modules[row + x] as number;
      dark += c;
      if (c === modules[row + x + 1] && c === modules[below + x] && c === modules[below + x + 1]) score += 3;
    }
    dark += modules[row + size - 1] as number;
  }
  for (let at = (size - 1) * size; at < size * size; at++) dark += modules[at] as number;
  const total = size * size;
  return score + (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
}

/** Encodes `segments` at level M in the smallest version that holds them (or `options.version`). */
export function encodeQr(
  segments: QrSegmentInput[],
  options: { version?: number; mask?: number } = {},
): QrSymbol {
  const parts = segments.map((segment) => ({ mode: segment.mode, ...segmentBits(segment) }));
  let version = options.version ?? 1;
  const used = (v: number) => parts.reduce((sum, p) => sum + 4 + countBits(p.mode, v) + p.bits.length, 0);
  for (; ; version++) {
    if (version > 40) throw new RangeError("too much data for a QR code");
    const fits = used(version) <= dataCodewords(version) * 8;
    if (fits && parts.every((p) => p.count < 2 ** countBits(p.mode, version))) break;
    if (options.version !== undefined) throw new RangeError("the data does not fit this version");
  }
  const bits = new Bits();
  for (const part of parts) {
    bits.push(MODE[part.mode].indicator, 4);
    bits.push(part.count, countBits(part.mode, version));
    bits.append(part.bits);
  }
  const capacity = dataCodewords(version) * 8;
  bits.push(0, Math.min(4, capacity - bits.length)); // terminator; toBytes pads to a byte
  const data = bits.toBytes();
  for (let pad = 0xec; data.length < capacity / 8; pad ^= 0xec ^ 0x11) data.push(pad);

  const matrix = new Matrix(version * 4 + 17);
  drawFunctionPatterns(matrix, version);
  drawCodewords(matrix, withErrorCorrection(data, version));
  let mask = options.mask ?? -1;
  const unmasked = matrix.modules.slice();
  if (mask < 0) {
    let best = Number.POSITIVE_INFINITY;
    for (let candidate = 0; candidate < 8; candidate++) {
      applyMask(matrix, candidate, unmasked, matrix.modules);
      drawFormat(matrix, candidate);
      const score = penalty(matrix.modules, matrix.size);
      if (score < best) {
        best = score;
        mask = candidate;
      }
    }
  }
  applyMask(matrix, mask, unmasked, matrix.modules);
  drawFormat(matrix, mask);
  return { version, mask, size: matrix.size, data: matrix.modules };
}
