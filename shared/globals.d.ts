// Ambient Web Crypto and text-encoding types for shared/ only (lib ES2022: no DOM, no Workers types),
// so `document` or `D1Database` in shared/ is a type error. Only what shared/ uses; web/ and worker/
// compile the same sources against their runtime's real declarations.
type BufferSource = ArrayBufferView<ArrayBuffer> | ArrayBuffer;
type KeyUsage =
  | "sign"
  | "verify"
  | "encrypt"
  | "decrypt"
  | "deriveKey"
  | "deriveBits"
  | "wrapKey"
  | "unwrapKey";
type KeyFormat = "jwk" | "raw" | "spki" | "pkcs8";
interface Algorithm {
  name: string;
}
interface EcKeyGenParams extends Algorithm {
  namedCurve: string;
}
interface EcKeyImportParams extends Algorithm {
  namedCurve: string;
}
interface EcdsaParams extends Algorithm {
  hash: string | Algorithm;
}
interface HmacImportParams extends Algorithm {
  hash: string | Algorithm;
  length?: number;
}
interface JsonWebKey {
  kty?: string;
  crv?: string;
  x?: string;
  y?: string;
  d?: string;
  k?: string;
  alg?: string;
  use?: string;
  kid?: string;
  key_ops?: string[];
  ext?: boolean;
}
interface CryptoKey {
  readonly type: "public" | "private" | "secret";
  readonly extractable: boolean;
  readonly algorithm: Algorithm;
  readonly usages: KeyUsage[];
}
interface CryptoKeyPair {
  publicKey: CryptoKey;
  privateKey: CryptoKey;
}
interface SubtleCrypto {
  generateKey(algorithm: EcKeyGenParams, extractable: boolean, usages: KeyUsage[]): Promise<CryptoKeyPair>;
  generateKey(
    algorithm: Algorithm,
    extractable: boolean,
    usages: KeyUsage[],
  ): Promise<CryptoKeyPair | CryptoKey>;
  importKey(
    format: "jwk",
    keyData: JsonWebKey,
    algorithm: EcKeyImportParams | HmacImportParams,
    extractable: boolean,
    usages: KeyUsage[],
  ): Promise<CryptoKey>;
  importKey(
    format: Exclude<KeyFormat, "jwk">,
    keyData: BufferSource,
    algorithm: EcKeyImportParams | HmacImportParams,
    extractable: boolean,
    usages: KeyUsage[],
  ): Promise<CryptoKey>;
  exportKey(format: "jwk", key: CryptoKey): Promise<JsonWebKey>;
  exportKey(format: Exclude<KeyFormat, "jwk">, key: CryptoKey): Promise<ArrayBuffer>;
  sign(algorithm: EcdsaParams | Algorithm, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer>;
  verify(
    algorithm: EcdsaParams | Algorithm,
    key: CryptoKey,
    signature: BufferSource,
    data: BufferSource,
  ): Promise<boolean>;
  digest(algorithm: string | Algorithm, data: BufferSource): Promise<ArrayBuffer>;
}
interface Crypto {
  readonly subtle: SubtleCrypto;
  getRandomValues<T extends ArrayBufferView<ArrayBuffer>>(array: T): T;
}
declare var crypto: Crypto;
declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBufferLike): string;
}
