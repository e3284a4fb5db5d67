/**
 * The teacher's card on this device: getting one, keeping it in step with the server, and
 * forgetting it. Screens call these; only ./api and ./card-store do I/O.
 */
import type { IssuedCard, MeResponse } from "#shared/api/me";
import { exportDevicePublicKey, generateDeviceKey } from "#shared/card/device-key";
import { ApiError, fetchMe, issueCard } from "./api";
import {
  clearAll,
  type DeviceKey,
  type LocalCard,
  readDeviceKey,
  readMeta,
  requestPersistence,
  saveCard,
  saveDeviceKey,
  updateMeta,
} from "./card-store";
import { deviceKeyOf, needsRenewal, planSync } from "./teacher-sync-plan";

export const nowSec = () => Math.floor(Date.now() / 1000);

/** A device key whose private half cannot be exported: checked, never assumed. */
async function newDeviceKey(): Promise<DeviceKey> {
  const pair = await generateDeviceKey();
  if (pair.privateKey.extractable) throw new Error("device private key must be non-extractable");
  return {
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    k: await exportDevicePublicKey(pair.publicKey),
  };
}

/** This device's key pair, created (and stored) the first time. */
export async function ensureDeviceKey(): Promise<DeviceKey> {
  const stored = await readDeviceKey();
  if (stored !== undefined) return stored;
  const device = await newDeviceKey();
  await saveDeviceKey(device);
  return device;
}

async function store(issued: IssuedCard, device: DeviceKey): Promise<LocalCard> {
  if (deviceKeyOf(issued.jws) !== device.k) throw new Error("the card is not bound to this device's key");
  const card = { jws: issued.jws, cardId: issued.cardId, display: issued.display, storedAt: nowSec() };
  await saveCard(card);
  return { card, device };
}

/**
 * Asks the server for a card bound to this device's key and stores it. Also a renewal: the
 * server revokes the previous card. Throws `ApiError` / `OfflineError` from the API.
 */
export async function obtainCard(): Promise<LocalCard> {
  const device = await ensureDeviceKey();
  const jwk = await crypto.subtle.exportKey("jwk", device.publicKey);
  if (jwk.x === undefined || jwk.y === undefined) throw new Error("device public key has no coordinates");
  const issued = await issueCard({ devicePublicKey: { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y } });
  const local = await store(issued, device);
  void requestPersistence();
  return local;
}

export type SyncResult =
  | { kind: "unchanged"; me: MeResponse }
  | { kind: "offline" }
  | { kind: "updated"; me: MeResponse; local: LocalCard; why: "expiring" | "revoked" | "adopted" }
  | { kind: "renewalFailed"; me: MeResponse; error: unknown }
  /** Not logged in any more; `renewal` when the card needs the server soon (expiring). */
  | { kind: "loggedOut"; renewal: boolean }
  | { kind: "elsewhere"; me: MeResponse }
  | { kind: "consentChanged"; me: MeResponse }
  | { kind: "forgotten"; me: MeResponse; next: "cedula" | "consent" | "notEligible" };

/**
 * Checks the stored card against the server and acts: renews it when it is within 30 days of
 * expiry or was revoked, adopts a renewal made elsewhere for this key, forgets it when the server
 * no longer backs it. Never throws for network or server trouble: the card stays as it is.
 */
export async function syncCard(local: LocalCard): Promise<SyncResult> {
  let me: MeResponse;
  try {
    me = await fetchMe();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      // No session to ask with: the public status list still says whether the card was revoked.
      const { revocationOf } = await import("./teacher-trust");
      const revoked = (await revocationOf(local.card, nowSec())) === true;
      return { kind: "loggedOut", renewal: revoked || needsRenewal(local.card.display.validUntil, nowSec()) };
    }
    return { kind: "offline" };
  }
  const now = nowSec();
  const meta = await readMeta();
  const plan = planSync(local, me, now, meta.renewalTriedAt);
  await updateMeta({ syncedAt: now });
  switch (plan.action) {
    case "keep":
      return { kind: "unchanged", me };
    case "adopt":
      return { kind: "updated", me, local: await store(plan.card, local.device), why: "adopted" };
    case "renew":
      try {
        await updateMeta({ renewalTriedAt: now });
        return { kind: "updated", me, local: await obtainCard(), why: plan.why };
      } catch (error) {
        return { kind: "renewalFailed", me, error };
      }
    case "elsewhere":
      return { kind: "elsewhere", me };
    case "consent":
      return { kind: "consentChanged", me };
    case "forget":
      await forgetDevice(true);
      return { kind: "forgotten", me, next: plan.next };
  }
}

/**
 * Deletes the card, the device key and the rest of the local data from this device. `signedIn`:
 * the browser is still logged in (consent withdrawn, say), so the next launch asks the server.
 */
export async function forgetDevice(signedIn = false): Promise<void> {
  await clearAll();
  if (signedIn) await updateMeta({ signedIn: true });
}
