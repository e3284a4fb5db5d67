/**
 * The service worker's part in keeping the verifier's trust data fresh: a background sync
 * (one-off, after a refresh failed offline; or periodic, where the browser grants it) fetches
 * a new bundle and stores it as a CANDIDATE, unverified. The worker does not carry the
 * verification code (jose, valibot, fflate): it is started before every launch of the apps
 * can be answered offline, so its size is on that path. The verifier page verifies the
 * candidate on its next load (it is told at once if open) and uses it only if it verifies;
 * otherwise the previous bundle stays (src/data/verifier-trust.ts).
 */
import { announceTrustStored, TRUST_SYNC_TAG } from "../data/trust-channel";
import { writeTrustCandidate } from "../data/trust-store";
import { fetchTrustBundle, TrustFetchError } from "../data/verifier-api";

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
 * Fetches a bundle and stores it as the candidate. A network failure rejects, so the browser
 * retries a one-off sync later; an answer that is not trust data is dropped (retrying would
 * fetch the same), and so is a bundle that cannot be stored (the page refreshes on its own).
 */
export async function refreshTrustInBackground(): Promise<void> {
  let candidate: Awaited<ReturnType<typeof fetchTrustBundle>>;
  try {
    candidate = await fetchTrustBundle(() => Math.floor(Date.now() / 1000));
  } catch (error) {
    if (error instanceof TrustFetchError && error.code === "invalid") return;
    throw error;
  }
  try {
    await writeTrustCandidate(candidate);
    announceTrustStored();
  } catch {
    // storage unavailable (private mode, quota)
  }
}
