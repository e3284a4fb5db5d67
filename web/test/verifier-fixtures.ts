/**
 * Real cards for the verifier's unit tests: a throw-away issuer key, a device key, cards,
 * presentations and status lists signed with the shared code (no mocked crypto).
 */
import type { CardClaims } from "#shared/card/claims";
import { newCardId } from "#shared/card/claims";
import { exportDevicePublicKey, generateDeviceKey } from "#shared/card/device-key";
import { createPresentation } from "#shared/card/presentation";
import { encodeStatic } from "#shared/card/qr-text";
import { signCard } from "#shared/card/sign";
import { importTrust } from "#shared/card/trust";
import { StatusBits } from "#shared/status-list/encode";
import { signStatusList } from "#shared/status-list/sign";
import type { StoredTrustBundle } from "../src/data/trust-store";
import type { LoadedTrust } from "../src/data/verifier-trust";
import type { TrustSource } from "../src/verifier/use-trust";

export const DAY = 86_400;
export const REVOKED_INDEX = 7;

export interface World {
  issuer: { kid: string; privateKey: CryptoKey };
  jwks: { keys: unknown[] };
  device: CryptoKeyPair;
  claims: CardClaims;
  card: string;
}

export function nowSec(): number {
  return Math.floor(Date.now() / 1000);
}

export async function makeWorld(overrides: Partial<CardClaims> = {}): Promise<World> {
  const pair = (await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
    "sign",
    "verify",
  ])) as CryptoKeyPair;
  const publicJwk = await crypto.subtle.exportKey("jwk", pair.publicKey);
  const issuer = { kid: "test-k1", privateKey: pair.privateKey };
  const device = await generateDeviceKey();
  const now = nowSec();
  const claims: CardClaims = {
    jti: newCardId(),
    sli: 3,
    n: "María José Quishpe Guamán",
    p: "rec",
    a: "17H00662",
    d: "17D04",
    c4: "8388",
    nbf: now - DAY,
    exp: now + 200 * DAY,
    k: await exportDevicePublicKey(device.publicKey),
    ...overrides,
  };
  return {
    issuer,
    jwks: { keys: [{ ...publicJwk, kid: issuer.kid, alg: "ES256", use: "sig" }] },
    device,
    claims,
    card: await signCard(claims, issuer),
  };
}

export function livePresentation(world: World, atSec = nowSec()): Promise<string> {
  return createPresentation(world.card, world.device.privateKey, atSec);
}

export function staticCard(world: World): string {
  return encodeStatic(world.card);
}

export async function statusListFor(
  world: World,
  options: { revoked?: number[]; iat?: number; ttl?: number } = {},
): Promise<string> {
  const bits = new StatusBits(1024);
  for (const index of options.revoked ?? [REVOKED_INDEX]) bits.set(index, true);
  const iat = options.iat ?? nowSec();
  return signStatusList(
    {
      uri: "https://carnet.example/api/status-list",
      bits,
      iat,
      exp: iat + 7 * DAY,
      ttl: options.ttl ?? 43_200,
    },
    world.issuer,
  );
}

export async function loadedTrust(
  world: World,
  options: { fetchedAt?: number; clockSkewSec?: number | null; statusList?: string } = {},
): Promise<LoadedTrust> {
  const bundle: StoredTrustBundle = {
    jwks: world.jwks,
    statusList: options.statusList ?? (await statusListFor(world)),
    fetchedAt: options.fetchedAt ?? nowSec(),
    clockSkewSec: options.clockSkewSec ?? 0,
  };
  return { bundle, trust: await importTrust(bundle, nowSec()) };
}

/** A trust source with a stored bundle (or none) whose refreshes fail as if offline. */
export function offlineSource(stored: LoadedTrust | null): TrustSource & { refreshes: number } {
  const source = {
    refreshes: 0,
    load: async () => stored,
    refresh: async () => {
      source.refreshes++;
      throw new TypeError("Failed to fetch");
    },
    subscribe: () => () => undefined,
    retryLater: () => undefined,
    keepFresh: () => undefined,
  };
  return source;
}
