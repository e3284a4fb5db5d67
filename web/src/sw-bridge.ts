/**
 * The one module that talks to the service worker. Components subscribe to its events and
 * ask it to apply an update; they never touch `navigator.serviceWorker` themselves.
 */
import type { Workbox } from "workbox-window";

export type Unsubscribe = () => void;
type Listener = () => void;

/** A one-shot event: late subscribers still hear it if it has already happened. */
class Latch {
  #fired = false;
  readonly #listeners = new Set<Listener>();

  fire(): void {
    this.#fired = true;
    for (const listener of [...this.#listeners]) listener();
  }

  subscribe(listener: Listener): Unsubscribe {
    this.#listeners.add(listener);
    if (this.#fired) listener();
    return () => {
      this.#listeners.delete(listener);
    };
  }
}

/** How often an open app looks for a new version (the browser also checks on navigation). */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

const needRefresh = new Latch();
const offlineReady = new Latch();
let workbox: Workbox | undefined;
let registering = false;

/**
 * Register /sw.js (once). Production builds only: the dev server has no service worker.
 * A new version waits until the user accepts it through `applyUpdate()`.
 */
export function registerServiceWorker(scriptUrl = "/sw.js"): void {
  if (registering || !import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  registering = true;
  // workbox-window is loaded once the page is up: it is not needed to show the card.
  import("workbox-window").then(
    ({ Workbox }) => start(new Workbox(scriptUrl, { scope: "/" })),
    (error: unknown) => console.error("service worker support failed to load", error),
  );
}

function start(wb: Workbox): void {
  workbox = wb;
  wb.addEventListener("installed", (event) => {
    if (!event.isUpdate) offlineReady.fire();
  });
  // A newer worker is installed and waiting (from this page or another tab).
  wb.addEventListener("waiting", () => needRefresh.fire());
  wb.addEventListener("controlling", (event) => {
    // An update accepted here (or in another tab) now controls the page: reload onto it.
    // On the very first install `isUpdate` is false and nothing reloads.
    if (event.isUpdate) window.location.reload();
  });
  wb.register().then(
    (registration) => {
      if (registration !== undefined) watchInstalling(registration);
      watchForUpdates(wb);
    },
    (error: unknown) => {
      console.error("service worker registration failed", error);
    },
  );
}

/**
 * workbox-window reports "waiting" for a worker it saw being installed. The browser may have
 * started installing a new version (its own check on navigation) before this page registered:
 * follow that worker too, so the prompt also appears in that case.
 */
function watchInstalling(registration: ServiceWorkerRegistration): void {
  const isUpdate = () => navigator.serviceWorker.controller !== null;
  const follow = (worker: ServiceWorker | null) => {
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed" && isUpdate()) needRefresh.fire();
    });
  };
  follow(registration.installing);
  registration.addEventListener("updatefound", () => follow(registration.installing));
  if (registration.waiting !== null && isUpdate()) needRefresh.fire();
}

/**
 * A teacher may keep the app open (or installed and resumed) for days: look for a new version
 * every hour while visible, and when the app comes back to the foreground after an hour.
 */
function watchForUpdates(wb: Workbox): void {
  let lastCheck = Date.now();
  const check = () => {
    if (document.visibilityState !== "visible" || !navigator.onLine) return;
    if (Date.now() - lastCheck < UPDATE_CHECK_MS * 0.9) return;
    lastCheck = Date.now();
    wb.update().catch(() => undefined); // offline or server trouble: try again later
  };
  setInterval(check, UPDATE_CHECK_MS);
  document.addEventListener("visibilitychange", check);
}

/** Called once a new version is waiting to be applied. */
export function onNeedRefresh(listener: Listener): Unsubscribe {
  return needRefresh.subscribe(listener);
}

/** Called once the app is cached and works offline (first install only). */
export function onOfflineReady(listener: Listener): Unsubscribe {
  return offlineReady.subscribe(listener);
}

/** Ask the waiting worker to take over (`{type: "SKIP_WAITING"}`); the page then reloads. */
export function applyUpdate(): void {
  workbox?.messageSkipWaiting();
}

/** Look for a new version now (the browser also checks on navigation). */
export async function checkForUpdate(): Promise<void> {
  await workbox?.update();
}
