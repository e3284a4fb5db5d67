/**
 * The holder's device key: a P-256 key pair created on the phone, private key non-extractable.
 * The card carries the public key as a 33-byte SEC1 compressed point (`k` claim, 44 base64url
 * characters). Web Crypto does not portably import compressed points, so we decompress here:
 * P-256's prime p ≡ 3 (mod 4), so y = (x³ − 3x + b)^((p+1)/4) mod p, then pick y's parity.
 *
 * Speed: that square root is ~0.05–0.07 ms of BigInt work, a sixth of the verify budget. So
 * `importDevicePublicKey` first probes, once, whether this platform's Web Crypto imports a
 * compressed point correctly (the generator G must come back as its known uncompressed form);
 * where it does (Node, workerd, …) the compressed point goes straight in, and if the platform
 * ever refuses one we still decompress ourselves, so acceptance never depends on the platform.
 */
import { decodeBase64url, encodeBase64url } from "../base64url";
import { bytesEqual } from "../bytes";
import { CardError } from "../errors";

const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;
const SQRT_EXPONENT = (P + 1n) / 4n;
const ECDSA_P256 = { name: "ECDSA", namedCurve: "P-256" } as const;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

function toBigInt(bytes: Uint8Array): bigint {
  let hex = "0x";
  for (const byte of bytes) hex += HEX[byte] as string;
  return BigInt(hex);
}

function to32Bytes(value: bigint): Uint8Array<ArrayBuffer> {
  const hex = value.toString(16).padStart(64, "0");
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Raw export of a public key (Workers types declare exportKey as `ArrayBuffer | JsonWebKey`). */
async function exportRaw(key: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array((await crypto.subtle.exportKey("raw", key)) as ArrayBuffer);
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

/** 65-byte uncompressed point (0x04 || x || y) → 33-byte compressed point (0x02/0x03 || x). */
export function compressP256(raw65: Uint8Array): Uint8Array<ArrayBuffer> {
  if (!(raw65 instanceof Uint8Array) || raw65.length !== 65 || raw65[0] !== 0x04) {
    throw new CardError("INVALID_KEY", "expected a 65-byte uncompressed P-256 point");
  }
  const out = new Uint8Array(33);
  out[0] = 0x02 | ((raw65[64] as number) & 1);
  out.set(raw65.subarray(1, 33), 1);
  return out;
}

/** 33-byte compressed point → 65-byte uncompressed point; rejects x ≥ p and x not on the curve. */
export function decompressP256(compressed: Uint8Array): Uint8Array<ArrayBuffer> {
  if (!(compressed instanceof Uint8Array) || compressed.length !== 33) {
    throw new CardError("INVALID_KEY", "expected a 33-byte compressed P-256 point");
  }
  const prefix = compressed[0];
  if (prefix !== 0x02 && prefix !== 0x03) throw new CardError("INVALID_KEY", "bad compressed point prefix");
  const x = toBigInt(compressed.subarray(1));
  if (x >= P) throw new CardError("INVALID_KEY", "x is not a field element");
  const rhs = (((((x * x) % P) * x) % P) - 3n * x + B + 3n * P) % P;
  let y = modPow(rhs, SQRT_EXPONENT, P);
  if ((y * y) % P !== rhs) throw new CardError("INVALID_KEY", "x is not on the curve");
  if (Number(y & 1n) !== (prefix & 1)) y = (P - y) % P;
  const out = new Uint8Array(65);
  out[0] = 0x04;
  out.set(compressed.subarray(1), 1);
  out.set(to32Bytes(y), 33);
  return out;
}

const G_X = "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296";
const G_Y = "4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5";
const hexBytes = (hex: string) =>
  Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
const G_COMPRESSED = hexBytes(`03${G_X}`);
const G_UNCOMPRESSED = hexBytes(`04${G_X}${G_Y}`);

let compressedImportProbe: Promise<boolean> | undefined;

/** Whether this platform's Web Crypto imports compressed P-256 points correctly (probed once). */
export function platformImportsCompressedPoints(): Promise<boolean> {
  compressedImportProbe ??= crypto.subtle.importKey("raw", G_COMPRESSED, ECDSA_P256, true, ["verify"]).then(
    async (key) => bytesEqual(await exportRaw(key), G_UNCOMPRESSED),
    () => false,
  );
  return compressedImportProbe;
}

function decodeCompressed(k: string): Uint8Array<ArrayBuffer> {
  let compressed: Uint8Array<ArrayBuffer>;
  try {
    compressed = decodeBase64url(k);
  } catch (cause) {
    throw new CardError("INVALID_KEY", "device key is not base64url", { cause });
  }
  if (compressed.length !== 33 || (compressed[0] !== 0x02 && compressed[0] !== 0x03)) {
    throw new CardError("INVALID_KEY", "expected a 33-byte compressed P-256 point");
  }
  return compressed;
}

/** Imports a P-256 point, decompressing it here (no reliance on the platform). */
export async function importDevicePublicKeyPortable(k: string): Promise<CryptoKey> {
  const raw = decompressP256(decodeCompressed(k));
  try {
    return await crypto.subtle.importKey("raw", raw, ECDSA_P256, true, ["verify"]);
  } catch (cause) {
    throw new CardError("INVALID_KEY", "device key rejected by Web Crypto", { cause });
  }
}

/** Imports the `k` claim as an ECDSA P-256 verification key. Throws `CardError` `INVALID_KEY`. */
export async function importDevicePublicKey(k: string): Promise<CryptoKey> {
  const compressed = decodeCompressed(k);
  if (toBigInt(compressed.subarray(1)) >= P) throw new CardError("INVALID_KEY", "x is not a field element");
  if (await platformImportsCompressedPoints()) {
    try {
      return await crypto.subtle.importKey("raw", compressed, ECDSA_P256, true, ["verify"]);
    } catch {
      // Refused by the platform: decide with our own arithmetic below.
    }
  }
  return importDevicePublicKeyPortable(k);
}

/** The `k` claim for a public key (a `CryptoKey`, or its 65-byte raw export). */
export async function exportDevicePublicKey(key: CryptoKey | Uint8Array): Promise<string> {
  let raw: Uint8Array;
  if (key instanceof Uint8Array) {
    raw = key;
  } else {
    if (key.type !== "public") throw new CardError("INVALID_KEY", "expected a public key");
    raw = await exportRaw(key);
  }
  return encodeBase64url(compressP256(raw));
}

/**
 * A new device key pair: ECDSA P-256, private key non-extractable (it can sign, never leave the
 * device), public key exportable for the `k` claim.
 */
export function generateDeviceKey(): Promise<CryptoKeyPair> {
  // The cast: Workers types declare one generateKey returning `CryptoKey | CryptoKeyPair`.
  return crypto.subtle.generateKey(ECDSA_P256, false, ["sign", "verify"]) as Promise<CryptoKeyPair>;
}
