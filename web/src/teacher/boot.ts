/**
 * The launch path of a teacher who has a card: read it from IndexedDB and sign the first live
 * presentation as soon as this module is evaluated, before Preact renders anything, so the first
 * render already has the card and its QR (no render → effect → read → render → sign hops).
 * Nothing here waits for the network.
 */

import { createPresentation, presentationWindow, WINDOW_SEC } from "#shared/card/present";
import { type LocalCard, readLaunchState } from "../data/card-store";
import { LAUNCH_DATA_ID, type LaunchData, parseLaunchData } from "../launch/launch-page";

/** What the service worker served this page with, if it served the card in it (web/src/sw/launch.ts). */
export const servedLaunch: LaunchData | null = (() => {
  const block = typeof document === "undefined" ? null : document.getElementById(LAUNCH_DATA_ID);
  return block === null ? null : parseLaunchData(block.textContent ?? "");
})();

export interface FirstPresentation {
  jws: string;
  window: number;
  text: string;
}

export type BootResult =
  | { local: LocalCard; first: FirstPresentation | null }
  /** No card here; `signedIn`: the server said this browser was logged in, last time it was asked. */
  | { local: null; storageFailed: boolean; signedIn: boolean };

/** Performance marks of the launch path (the benchmark's breakdown reads them). */
export const BOOT_MARKS = {
  start: "carnet:boot-start",
  read: "carnet:card-read",
  signed: "carnet:first-signed",
} as const;

async function start(): Promise<BootResult> {
  let local: LocalCard | null;
  let signedIn = false;
  performance.mark(BOOT_MARKS.start);
  try {
    const launch = await readLaunchState();
    performance.mark(BOOT_MARKS.read);
    local = launch.local;
    signedIn = launch.meta.signedIn === true;
  } catch {
    return { local: null, storageFailed: true, signedIn };
  }
  if (local === null) return { local: null, storageFailed: false, signedIn };
  const window = presentationWindow(Math.floor(Date.now() / 1000));
  // The QR already on screen, signed by the service worker for this card and window.
  if (servedLaunch !== null && servedLaunch.jws === local.card.jws && servedLaunch.window === window) {
    performance.mark(BOOT_MARKS.signed);
    return { local, first: { jws: local.card.jws, window, text: servedLaunch.text } };
  }
  try {
    const text = await createPresentation(local.card.jws, local.device.privateKey, window * WINDOW_SEC);
    performance.mark(BOOT_MARKS.signed);
    return { local, first: { jws: local.card.jws, window, text } };
  } catch {
    return { local, first: null }; // the card screen says the key cannot sign
  }
}

let settled: BootResult | undefined;

function run(): Promise<BootResult> {
  settled = undefined;
  return start().then((result) => {
    settled = result;
    return result;
  });
}

/** Started once, when the app's code is evaluated. */
export let boot: Promise<BootResult> = run();

/** Start over, reading the device again (tests, which swap the storage between cases). */
export function restartBoot(): Promise<BootResult> {
  boot = run();
  return boot;
}

/** The boot result if it is already known (the first render can use it synchronously). */
export function bootResult(): BootResult | undefined {
  return settled;
}

/** The presentation signed at boot, if it is for this card and window. */
export function bootPresentation(jws: string, window: number): FirstPresentation | null {
  const first = settled?.local === null ? null : (settled?.first ?? null);
  return first !== null && first.jws === jws && first.window === window ? first : null;
}
