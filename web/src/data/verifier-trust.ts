/**
 * The verifier's trust, end to end: load the stored bundle and import it, or fetch a new one,
 * import it (which verifies the status list's signature) and only then store it. A bundle that
 * fails to import is never stored as the bundle in use: the previous one stays. The service
 * worker's background refreshes arrive as unverified candidates, verified here on the next load
 * (see ./trust-store). Every store is announced on a BroadcastChannel (./trust-channel), so a
 * page hears about a refresh done by the service worker or another tab.
 */
import { importTrust, type Trust } from "#shared/card/trust";
import { announceTrustStored } from "./trust-channel";
import {
  readTrustRecords,
  type StoredTrustBundle,
  settleTrustCandidate,
  writeTrustBundle,
} from "./trust-store";
import { fetchTrustBundle } from "./verifier-api";

export interface LoadedTrust {
  trust: Trust;
  bundle: StoredTrustBundle;
}

/** The stored records, as ./trust-store keeps them (a stand-in in unit tests). */
export interface TrustRecords {
  read(): Promise<{ bundle: StoredTrustBundle | null; candidate: StoredTrustBundle | null }>;
  /** `verified`: the candidate becomes the bundle in use; otherwise it is deleted. */
  settle(candidate: StoredTrustBundle, verified: boolean): Promise<void>;
}

const storedRecords: TrustRecords = { read: readTrustRecords, settle: settleTrustCandidate };

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

/** A newer candidate, verified: it replaces the bundle in use. Anything else: null, and it is dropped. */
async function takeCandidate(
  records: TrustRecords,
  bundle: StoredTrustBundle | null,
  candidate: StoredTrustBundle,
  nowSec: number,
): Promise<LoadedTrust | null> {
  let loaded: LoadedTrust | null = null;
  if (bundle === null || candidate.fetchedAt > bundle.fetchedAt) {
    try {
      loaded = await load(candidate, nowSec);
    } catch {
      // does not verify: never used
    }
  }
  try {
    await records.settle(candidate, loaded !== null);
  } catch {
    // storage unavailable: this page uses what verified, the rest is settled on a later load
  }
  return loaded;
}

/**
 * The stored bundle, imported; `null` when nothing is stored. A candidate stored by the service
 * worker is verified first and, if it verifies and is newer, used (and kept) instead. Throws
 * `CardError` when the stored bundle no longer imports (e.g. `DEVICE_CLOCK_WRONG` after the
 * clock went back).
 */
export async function loadStoredTrust(
  nowSec: number = deviceNowSec(),
  records: TrustRecords = storedRecords,
): Promise<LoadedTrust | null> {
  const { bundle, candidate } = await records.read();
  if (candidate !== null) {
    const loaded = await takeCandidate(records, bundle, candidate, nowSec);
    if (loaded !== null) return loaded;
  }
  return bundle === null ? null : load(bundle, nowSec);
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
    announceTrustStored();
  } catch {
    // storage unavailable (private mode, quota): this page keeps it in memory
  }
  return loaded;
}
