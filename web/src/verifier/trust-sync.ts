/**
 * Asks the service worker to refresh the trust data in the background: a periodic sync (where
 * the browser grants it, typically an installed app) and a one-off sync when a refresh failed
 * offline, which the browser runs once the connection is back even if the page is closed.
 * The service worker handles both (`TRUST_SYNC_TAG`, see src/sw/trust-refresh.ts).
 */
import { TRUST_SYNC_TAG } from "../data/trust-channel";

const PERIODIC_MIN_INTERVAL_MS = 6 * 3600 * 1000;

interface SyncRegistration extends ServiceWorkerRegistration {
  sync?: { register(tag: string): Promise<void> };
  periodicSync?: { register(tag: string, options: { minInterval: number }): Promise<void> };
}

async function registration(): Promise<SyncRegistration | null> {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return null;
  try {
    return (await navigator.serviceWorker.ready) as SyncRegistration;
  } catch {
    return null;
  }
}

/** Periodic background refresh; silently nothing where the browser does not allow it. */
export async function registerPeriodicTrustSync(): Promise<void> {
  const reg = await registration();
  if (!reg?.periodicSync) return;
  try {
    const permission = await navigator.permissions.query({
      name: "periodic-background-sync" as PermissionName,
    });
    if (permission.state === "granted") {
      await reg.periodicSync.register(TRUST_SYNC_TAG, { minInterval: PERIODIC_MIN_INTERVAL_MS });
    }
  } catch {
    // not supported or not allowed
  }
}

/** A refresh as soon as the device is back online, done by the service worker. */
export async function requestTrustSyncWhenOnline(): Promise<void> {
  const reg = await registration();
  try {
    await reg?.sync?.register(TRUST_SYNC_TAG);
  } catch {
    // Background Sync not available: the page refreshes on its own `online` event
  }
}
