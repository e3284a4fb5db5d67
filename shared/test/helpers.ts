/** Test fixtures: every key is generated at test time (Web Crypto), nothing is read from disk. */
import { encodeBase64url } from "../src/base64url";
import { type CardClaims, newCardId } from "../src/card/claims";
import { exportDevicePublicKey, generateDeviceKey } from "../src/card/device-key";
import { signCard } from "../src/card/sign";
import { importTrust, type Trust } from "../src/card/trust";
import { StatusBits } from "../src/status-list/encode";
import { signStatusList } from "../src/status-list/sign";

/** A fixed "now": 2026-05-28T20:26:40Z, seconds. */
export const NOW = 1_780_000_000;
export const DAY = 86_400;
export const STATUS_URI = "https://carnet.example/api/status-list";

export interface TestIssuer {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  jwk: Record<string, string>;
  raw: Uint8Array;
}

export async function makeIssuer(kid = "k2026"): Promise<TestIssuer> {
  const pair = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
    "sign",
    "verify",
  ]);
  const exported = await crypto.subtle.exportKey("jwk", pair.publicKey);
  const raw = new Uint8Array(await crypto.subtle.exportKey("raw", pair.publicKey));
  return {
    kid,
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    jwk: {
      kty: "EC",
      crv: "P-256",
      x: exported.x as string,
      y: exported.y as string,
      kid,
      alg: "ES256",
      use: "sig",
    },
    raw,
  };
}

export interface TestDevice {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  k: string;
}

export async function makeDevice(): Promise<TestDevice> {
  const pair = await generateDeviceKey();
  return {
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    k: await exportDevicePublicKey(pair.publicKey),
  };
}

export function claimsFor(k: string, overrides: Partial<CardClaims> = {}): CardClaims {
  return {
    jti: newCardId(),
    sli: 7,
    n: "María José Cañar Quishpe",
    p: "doc",
    a: "17H01234",
    d: "17D04",
    c4: "4567",
    nbf: NOW - 30 * DAY,
    exp: NOW + 300 * DAY,
    k,
    ...overrides,
  };
}

export const STATUS_SIZE = 1024;
export const REVOKED_INDEX = 8;

export async function makeStatusList(
  issuer: TestIssuer,
  options: { iat?: number; exp?: number; ttl?: number; revoked?: number[]; size?: number } = {},
): Promise<string> {
  const bits = new StatusBits(options.size ?? STATUS_SIZE);
  for (const index of options.revoked ?? [REVOKED_INDEX]) bits.set(index, true);
  const iat = options.iat ?? NOW - 3600;
  return signStatusList(
    { uri: STATUS_URI, bits, iat, exp: options.exp ?? iat + 7 * DAY, ttl: options.ttl ?? DAY },
    issuer,
  );
}

export interface World {
  issuer: TestIssuer;
  device: TestDevice;
  claims: CardClaims;
  card: string;
  trust: Trust;
  statusList: string;
}

/** An issuer, a device, a signed card for it and a verifier's trust with a status list. */
export async function makeWorld(overrides: Partial<CardClaims> = {}): Promise<World> {
  const issuer = await makeIssuer();
  const device = await makeDevice();
  const claims = claimsFor(device.k, overrides);
  const card = await signCard(claims, issuer);
  const statusList = await makeStatusList(issuer);
  const trust = await importTrust({ jwks: { keys: [issuer.jwk] }, statusList, fetchedAt: NOW }, NOW);
  return { issuer, device, claims, card, trust, statusList };
}

const encoder = new TextEncoder();
export const b64json = (value: unknown): string => encodeBase64url(encoder.encode(JSON.stringify(value)));

/** A compact JWS with any header, signed ES256 by `key` (or unsigned when `key` is null). */
export async function forgeEs256(
  header: Record<string, unknown>,
  payload: unknown,
  key: CryptoKey | null,
): Promise<string> {
  const signingInput = `${b64json(header)}.${b64json(payload)}`;
  if (key === null) return `${signingInput}.`;
  const signature = await crypto.subtle.sign(
    { name: "ECDSA", hash: "SHA-256" },
    key,
    encoder.encode(signingInput),
  );
  return `${signingInput}.${encodeBase64url(new Uint8Array(signature))}`;
}
