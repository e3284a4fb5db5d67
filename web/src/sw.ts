/// <reference lib="webworker" />
/**
 * The service worker: precache the app shell, answer navigations with the right shell,
 * never cache the API. It only wires events; the path table lives in ./sw/shells.
 */
import { clientsClaim } from "workbox-core";
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  type PrecacheEntry,
  precacheAndRoute,
} from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { allowlistFor, type Shell, shellFor } from "./sw/shells";
import { isTrustSync, refreshTrustInBackground } from "./sw/trust-refresh";
import { warmStorage } from "./sw/warm-storage";

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
};

// A launch of the teacher app reads its card from IndexedDB first thing: have the browser open
// the store now, while the page loads (./sw/warm-storage). Registered before workbox's routes,
// it only looks: the routes below answer.
self.addEventListener("fetch", (event) => {
  if (event.request.mode === "navigate" && shellFor(new URL(event.request.url).pathname) === "/index.html")
    warmStorage();
});

// The build replaces self.__WB_MANIFEST with the list of hashed assets and HTML shells.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

function navigationToShell(shell: Shell): NavigationRoute {
  return new NavigationRoute(createHandlerBoundToURL(shell), { allowlist: allowlistFor(shell) });
}
registerRoute(navigationToShell("/verificar.html"));
registerRoute(navigationToShell("/index.html"));
// Nothing else is routed: /api/*, /auth/* and /.well-known/* always go to the network.

// The verifier's trust data (keys, status list), refreshed in the background when the browser
// runs a one-off sync (back online after a failed refresh) or a periodic sync (installed app).
for (const type of ["sync", "periodicsync"]) {
  self.addEventListener(type, (event) => {
    if (isTrustSync(event)) event.waitUntil(refreshTrustInBackground());
  });
}

// Take control of open pages as soon as this worker activates...
clientsClaim();

// ...but a new version only replaces the running one when the user accepts the update.
self.addEventListener("message", (event) => {
  if (isSkipWaiting(event.data)) void self.skipWaiting();
});

function isSkipWaiting(data: unknown): boolean {
  return typeof data === "object" && data !== null && (data as { type?: unknown }).type === "SKIP_WAITING";
}
