/// <reference lib="webworker" />
/**
 * The service worker: precache the app shell, answer navigations with the right shell,
 * never cache the API. It only wires events; the path table lives in ./sw/shells.
 */
import { clientsClaim } from "workbox-core";
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  matchPrecache,
  type PrecacheEntry,
  precacheAndRoute,
} from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { launchResponse } from "./sw/launch";
import { allowlistFor, type Shell } from "./sw/shells";
import { isTrustSync, refreshTrustInBackground } from "./sw/trust-refresh";

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
};

// The build replaces self.__WB_MANIFEST with the list of hashed assets and HTML shells. Only
// their exact addresses are answered from the precache: "/" and "/verificar" are navigations,
// answered by the routes below (workbox would otherwise serve "/" as "/index.html" itself).
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: "", cleanURLs: false });
cleanupOutdatedCaches();

function navigationToShell(shell: Shell): NavigationRoute {
  return new NavigationRoute(createHandlerBoundToURL(shell), { allowlist: allowlistFor(shell) });
}
registerRoute(navigationToShell("/verificar.html"));
// The teacher app's own address: the shell with the card and a fresh QR already in it, when this
// device has a card (./sw/launch); its other paths get the plain shell.
registerRoute(
  new NavigationRoute(
    async ({ url, request }) => {
      const shell = await matchPrecache("/index.html");
      if (shell === undefined) return fetch(request);
      return url.pathname === "/" ? launchResponse(shell) : shell;
    },
    { allowlist: allowlistFor("/index.html") },
  ),
);
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
