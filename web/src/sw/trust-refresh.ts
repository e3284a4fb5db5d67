/**
 * The service worker's part in keeping the verifier's trust data fresh: a background sync
 * (one-off, after a refresh failed offline; or periodic, where the browser grants it) fetches,
 * verifies and stores a new bundle through the same data module the page uses.
 */
import { TrustFetchError } from "../data/verifier-api";
import { refreshTrust, TRUST_SYNC_TAG } from "../data/verifier-trust";

/**
 * `sync` and `periodicsync` events (Background Sync specs; not in TypeScript's lib). Declared
 * on `Event` so this file also compiles with the page's DOM types.
 */
export interface TagEvent extends Event {
  readonly tag: string;
  waitUntil(promise: Promise<unknown>): void;
}

export function isTrustSync(event: Event): event is TagEvent {
  return (event as Partial<TagEvent>).tag === TRUST_SYNC_TAG;
}

/**
 * Refreshes the bundle. A network failure rejects, so the browser retries a one-off sync
 * later; a bundle that does not verify is dropped (retrying would fetch the same).
 */
export async function refreshTrustInBackground(): Promise<void> {
  try {
    await refreshTrust();
  } catch (error) {
    if (error instanceof TrustFetchError && error.code !== "invalid") throw error;
  }
}
