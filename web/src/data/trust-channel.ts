/**
 * How the contexts of the verifier (tabs, the service worker) tell each other that trust data
 * was stored: a BroadcastChannel message. Apart from ./verifier-trust so the service worker
 * can announce without loading the verification code.
 */

const CHANNEL = "carnet-verificador-trust";
/** Tag of the service worker's background refreshes (one-off and periodic sync). */
export const TRUST_SYNC_TAG = "carnet-verificador-trust";
/** Tells this context's own announcements apart from those of other tabs and the service worker. */
const SENDER = Math.random().toString(36).slice(2);

/** Tells the other contexts that a new bundle (or candidate) was stored. */
export function announceTrustStored(): void {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: "stored", sender: SENDER });
  channel.close();
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
