/** A real issuer, device and card for the teacher unit tests (keys made at test time). */
import "./verifier-realm";
import type { IssuedCard } from "#shared/api/me";
import { type CardClaims, newCardId } from "#shared/card/claims";
import { exportDevicePublicKey } from "#shared/card/device-key";
import { signCard } from "#shared/card/sign";
import { importTrust, type Trust } from "#shared/card/trust";
import { StatusBits } from "#shared/status-list/encode";
import { signStatusList } from "#shared/status-list/sign";
import type { DeviceKey, LocalCard } from "../src/data/card-store";

const P256 = { name: "ECDSA", namedCurve: "P-256" } as const;
export const nowSec = () => Math.floor(Date.now() / 1000);
const DAY = 86_400;

export async function makeIssuer() {
  const pair = (await crypto.subtle.generateKey(P256, true, ["sign", "verify"])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey("jwk", pair.publicKey);
  return {
    kid: "test-k1",
    privateKey: pair.privateKey,
    jwks: { keys: [{ ...jwk, kid: "test-k1", alg: "ES256", use: "sig" }] },
  };
}
export type TestIssuer = Awaited<ReturnType<typeof makeIssuer>>;

export async function makeDevice(): Promise<DeviceKey> {
  const pair = (await crypto.subtle.generateKey(P256, false, ["sign", "verify"])) as CryptoKeyPair;
  return {
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    k: await exportDevicePublicKey(pair.publicKey),
  };
}

export async function makeCard(
  issuer: TestIssuer,
  device: DeviceKey,
  options: { validFor?: number; sli?: number } = {},
): Promise<IssuedCard> {
  const now = nowSec();
  const claims: CardClaims = {
    jti: newCardId(),
    sli: options.sli ?? 7,
    n: "María Fernanda Quishpe Chimbo",
    p: "doc",
    a: "17H00662",
    d: "17D04",
    c4: "8388",
    nbf: now - 60,
    exp: now + (options.validFor ?? 200 * DAY),
    k: device.k,
  };
  const jws = await signCard(claims, issuer);
  return {
    jws,
    cardId: claims.jti,
    display: {
      name: claims.n,
      post: claims.p,
      role: "docente",
      amie: claims.a,
      schoolName: "Unidad Educativa Santiago de Guayaquil",
      district: claims.d,
      districtName: "Centro",
      province: "Pichincha",
      cedulaLast4: claims.c4,
      validFrom: claims.nbf,
      validUntil: claims.exp,
    },
  };
}

export function localCard(issued: IssuedCard, device: DeviceKey): LocalCard {
  return { card: { ...issued, storedAt: nowSec() }, device };
}

export async function trustFor(issuer: TestIssuer, revoked: number[] = []): Promise<Trust> {
  const bits = new StatusBits(16_384);
  for (const index of revoked) bits.set(index, true);
  const now = nowSec();
  const statusList = await signStatusList(
    { uri: "https://carnet.test/api/status-list", bits, iat: now, exp: now + DAY, ttl: 3600 },
    issuer,
  );
  return importTrust({ jwks: issuer.jwks, statusList, fetchedAt: now }, now);
}
