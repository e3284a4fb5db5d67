/**
 * The verifier's trust, end to end: load the stored bundle and import it, or fetch a new one,
 * import it (which verifies the status list's signature) and only then store it. A bundle that
 * fails to import is never stored: the previous one stays. Every store is announced on a
 * BroadcastChannel, so a page hears about a refresh done by the service worker or another tab.
 */
import { importTrust, type Trust } from "#shared/card/trust";
import { readTrustBundle, type StoredTrustBundle, writeTrustBundle } from "./trust-store";
import { fetchTrustBundle } from "./verifier-api";

export interface LoadedTrust {
  trust: Trust;
  bundle: StoredTrustBundle;
}

const CHANNEL = "carnet-verificador-trust";
/** Tag of the service worker's background refreshes (one-off and periodic sync). */
export const TRUST_SYNC_TAG = "carnet-verificador-trust";
/** Tells this context's own announcements apart from those of other tabs and the service worker. */
const SENDER = Math.random().toString(36).slice(2);

/** Seconds since the epoch by this device's clock. */
export function deviceNowSec(): number {
  return Math.floor(Date.now() / 1000);
}

async function load(bundle: StoredTrustBundle, nowSec: number): Promise<LoadedTrust> {
  const trust = await importTrust(
    { jwks: bundle.jwks, statusList: bundle.statusList, fetchedAt: bundle.fetchedAt },
    nowSec,
  );
  return { trust, bundle };
}

/**
 * The stored bundle, imported; `null` when nothing is stored. Throws `CardError` when the
 * stored bundle no longer imports (e.g. `DEVICE_CLOCK_WRONG` after the clock went back).
 */
export async function loadStoredTrust(nowSec: number = deviceNowSec()): Promise<LoadedTrust | null> {
  const bundle = await readTrustBundle();
  return bundle === null ? null : load(bundle, nowSec);
}

function announce(): void {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: "stored", sender: SENDER });
  channel.close();
}

/**
 * Fetches, verifies and stores a new bundle. Throws `TrustFetchError` (network, HTTP, shape)
 * or `CardError` (`STATUS_LIST_INVALID`, `DEVICE_CLOCK_WRONG`); the stored bundle is then
 * unchanged. When IndexedDB cannot be written the new trust is still returned, for this page.
 */
export async function refreshTrust(nowSec: () => number = deviceNowSec): Promise<LoadedTrust> {
  const bundle = await fetchTrustBundle(nowSec);
  const loaded = await load(bundle, nowSec());
  try {
    await writeTrustBundle(bundle);
    announce();
  } catch {
    // storage unavailable (private mode, quota): this page keeps it in memory
  }
  return loaded;
}

/** Calls `listener` whenever another context (tab, service worker) stored a new bundle. */
export function onTrustStored(listener: () => void): () => void {
  if (typeof BroadcastChannel === "undefined") return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown; sender?: unknown } | null;
    if (data?.type === "stored" && data.sender !== SENDER) listener();
  };
  return () => channel.close();
}
