/**
 * The QR text: `CDD1:` then decimal digits, so the QR holds a 5-character alphanumeric segment
 * and one numeric segment (3.33 bits per digit).
 *
 * Digits: the binary envelope in 7-byte chunks; each full chunk is 17 digits (zero-padded), a
 * final chunk of r bytes is [0, 3, 5, 8, 10, 13, 15][r] digits. A chunk value that does not fit
 * its bytes, or a digit count no chunk length gives, is `MALFORMED`.
 *
 * Envelope: byte 0 kind (1 live, 2 static); varint length + JWS header bytes; varint length +
 * payload bytes; the 64-byte card signature; live only: uint32 BE time window + 64-byte device
 * signature. Nothing may follow. Decoding re-encodes the parts as canonical base64url and so
 * rebuilds the exact compact JWS.
 */
import { concatBytes, readUint32BE, uint32BE } from "../bytes";
import { CardError } from "../errors";
import { joinCompact, splitCompact } from "../jws/compact";

export const QR_PREFIX = "CDD1:";
export const ENVELOPE_LIVE = 1;
export const ENVELOPE_STATIC = 2;
const SIGNATURE_BYTES = 64;
const CHUNK_BYTES = 7;
const CHUNK_DIGITS = 17;
/** Digits for a final chunk of r bytes: the fewest decimal digits that hold 256^r − 1. */
const DIGITS_FOR_BYTES = [0, 3, 5, 8, 10, 13, 15] as const;
const BYTES_FOR_DIGITS = new Map<number, number>(DIGITS_FOR_BYTES.map((digits, bytes) => [digits, bytes]));

/**
 * A decoded QR text. `signature` is the card's issuer signature: always 64 bytes from an
 * envelope; from a bare compact JWS whatever it carried (the verifier checks its length after
 * the header, so the reasons come in order).
 */
export type DecodedQrText =
  | {
      kind: "live";
      jws: string;
      signature: Uint8Array<ArrayBuffer>;
      window: number;
      deviceSignature: Uint8Array<ArrayBuffer>;
    }
  | { kind: "static"; jws: string; signature: Uint8Array<ArrayBuffer> };

/** A segment for the `qrcode` package (`QRCode.create(segments, …)`). */
export type QrSegment = { data: string; mode: "alphanumeric" | "numeric" | "byte" };

const malformed = (message: string) => new CardError("MALFORMED", message);

// --- varint (unsigned LEB128, minimal form, at most 2 bytes: lengths < 16384) -------------

function varint(value: number): Uint8Array {
  if (!Number.isInteger(value) || value < 0 || value >= 16384) throw malformed("length out of range");
  return value < 128 ? Uint8Array.of(value) : Uint8Array.of((value & 127) | 128, value >> 7);
}

function readVarint(bytes: Uint8Array, offset: number): [value: number, next: number] {
  const first = bytes[offset];
  if (first === undefined) throw malformed("truncated envelope");
  if (first < 128) return [first, offset + 1];
  const second = bytes[offset + 1];
  if (second === undefined) throw malformed("truncated envelope");
  if (second === 0 || second >= 128) throw malformed("bad length");
  return [(first & 127) | (second << 7), offset + 2];
}

// --- bytes <-> digits --------------------------------------------------------------------

// A full chunk is a 56-bit value: too wide for a double, so it travels as hi (3 bytes) and lo
// (4 bytes), and as decimal as upper (8 digits) and lower (9 digits); all intermediate values
// stay below 2^53. (No BigInt: this runs on every scan.)

function chunkToDigits(hi: number, lo: number): string {
  // hi·2^32 + lo = hi·4·10^9 + t, with t = hi·294967296 + lo < 2^53.
  const t = hi * 294_967_296 + lo;
  const lower = t % 1e9;
  const upper = hi * 4 + (t - lower) / 1e9;
  return upper.toString().padStart(8, "0") + lower.toString().padStart(9, "0");
}

export function bytesToDigits(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + CHUNK_BYTES <= bytes.length; i += CHUNK_BYTES) {
    const hi = (bytes[i] as number) * 65536 + (bytes[i + 1] as number) * 256 + (bytes[i + 2] as number);
    out += chunkToDigits(hi, readUint32BE(bytes, i + 3));
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    let value = 0;
    for (let j = i; j < bytes.length; j++) value = value * 256 + (bytes[j] as number);
    out += value.toString().padStart(DIGITS_FOR_BYTES[rest] as number, "0");
  }
  return out;
}

/** Writes the 7 bytes of a 17-digit chunk at `offset`; throws if the value is 2^56 or more. */
function digitsToChunk(digits: string, out: Uint8Array, offset: number): void {
  const upper = Number(digits.slice(0, 8));
  const lower = Number(digits.slice(8));
  // value = upper·10^9 + lower = x·2^16 + y, with upper split as a·2^16 + b.
  const a = Math.floor(upper / 65536);
  const b = upper % 65536;
  const y = b * 1e9 + lower;
  const yLow = y % 65536;
  const x = a * 1e9 + (y - yLow) / 65536;
  if (x >= 2 ** 40) throw malformed("chunk out of range");
  out[offset] = Math.floor(x / 2 ** 32);
  out.set(uint32BE(x % 2 ** 32), offset + 1);
  out[offset + 5] = yLow >>> 8;
  out[offset + 6] = yLow & 255;
}

export function digitsToBytes(digits: string): Uint8Array<ArrayBuffer> {
  if (!/^[0-9]*$/.test(digits)) throw malformed("not digits");
  const fullChunks = Math.floor(digits.length / CHUNK_DIGITS);
  const rest = BYTES_FOR_DIGITS.get(digits.length - fullChunks * CHUNK_DIGITS);
  if (rest === undefined) throw malformed("impossible digit count");
  const out = new Uint8Array(fullChunks * CHUNK_BYTES + rest);
  for (let c = 0; c < fullChunks; c++) {
    digitsToChunk(digits.slice(c * CHUNK_DIGITS, (c + 1) * CHUNK_DIGITS), out, c * CHUNK_BYTES);
  }
  if (rest > 0) {
    let value = Number(digits.slice(fullChunks * CHUNK_DIGITS));
    if (value >= 256 ** rest) throw malformed("chunk out of range");
    for (let j = rest - 1; j >= 0; j--) {
      out[fullChunks * CHUNK_BYTES + j] = value % 256;
      value = Math.floor(value / 256);
    }
  }
  return out;
}

// --- envelope ----------------------------------------------------------------------------

function cardParts(cardJws: string) {
  const parts = splitCompact(cardJws);
  if (parts.signature.length !== SIGNATURE_BYTES) throw malformed("card signature must be 64 bytes");
  return parts;
}

function envelope(kind: number, cardJws: string, tail: Uint8Array[]): string {
  const { header, payload, signature } = cardParts(cardJws);
  const bytes = concatBytes(
    Uint8Array.of(kind),
    varint(header.length),
    header,
    varint(payload.length),
    payload,
    signature,
    ...tail,
  );
  return QR_PREFIX + bytesToDigits(bytes);
}

/** QR text of a live presentation: the card, its time window and the device signature. */
export function encodeLive(cardJws: string, window: number, deviceSig: Uint8Array): string {
  if (!Number.isInteger(window) || window < 0 || window > 0xffffffff) {
    throw new CardError("INVALID_ARGUMENT", "window must be a uint32");
  }
  if (!(deviceSig instanceof Uint8Array) || deviceSig.length !== SIGNATURE_BYTES) {
    throw new CardError("INVALID_ARGUMENT", "device signature must be 64 bytes");
  }
  return envelope(ENVELOPE_LIVE, cardJws, [uint32BE(window), deviceSig]);
}

/** QR text of a static card (download, print): the card alone. */
export function encodeStatic(cardJws: string): string {
  return envelope(ENVELOPE_STATIC, cardJws, []);
}

/** Looks like a compact JWS (or a piece of one): three base64url parts, or the `eyJ` of `{"`. */
function looksLikeJws(text: string): boolean {
  return text.startsWith("eyJ") || /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/.test(text);
}

/**
 * Decodes QR text (`CDD1:` digits, or a bare compact JWS as a static card). Throws `CardError`:
 * `NOT_A_CARD` for text of another format, `MALFORMED` for a damaged one.
 */
export function decodeQrText(text: string): DecodedQrText {
  if (typeof text !== "string") throw new CardError("NOT_A_CARD", "not text");
  if (!text.startsWith(QR_PREFIX)) {
    if (!looksLikeJws(text)) throw new CardError("NOT_A_CARD", "not a card");
    // The signature length is checked by the verifier, after the header (order of reasons).
    const { signature } = splitCompact(text);
    return { kind: "static", jws: text, signature };
  }
  const bytes = digitsToBytes(text.slice(QR_PREFIX.length));
  const kind = bytes[0];
  if (kind !== ENVELOPE_LIVE && kind !== ENVELOPE_STATIC) throw malformed("unknown envelope kind");
  const [headerLength, headerStart] = readVarint(bytes, 1);
  const headerEnd = headerStart + headerLength;
  const [payloadLength, payloadStart] = readVarint(bytes, headerEnd);
  const payloadEnd = payloadStart + payloadLength;
  const signatureEnd = payloadEnd + SIGNATURE_BYTES;
  const end = kind === ENVELOPE_LIVE ? signatureEnd + 4 + SIGNATURE_BYTES : signatureEnd;
  if (headerLength === 0 || payloadLength === 0) throw malformed("empty JWS part");
  if (bytes.length !== end) throw malformed(bytes.length < end ? "truncated envelope" : "trailing bytes");
  const signature = bytes.slice(payloadEnd, signatureEnd);
  const jws = joinCompact(
    bytes.subarray(headerStart, headerEnd),
    bytes.subarray(payloadStart, payloadEnd),
    signature,
  );
  if (kind === ENVELOPE_STATIC) return { kind: "static", jws, signature };
  return {
    kind: "live",
    jws,
    signature,
    window: readUint32BE(bytes, signatureEnd),
    deviceSignature: bytes.slice(signatureEnd + 4, end),
  };
}

/** Segments for `qrcode`: `CDD1:` alphanumeric + digits numeric; any other text as bytes. */
export function qrSegments(text: string): QrSegment[] {
  if (text.startsWith(QR_PREFIX) && /^[0-9]+$/.test(text.slice(QR_PREFIX.length))) {
    return [
      { data: QR_PREFIX, mode: "alphanumeric" },
      { data: text.slice(QR_PREFIX.length), mode: "numeric" },
    ];
  }
  return [{ data: text, mode: "byte" }];
}
