// The entry: start reading the card (and signing its first QR) while the rest of the app loads
// (./start, imported on demand: on a launch served with the card, after the card is painted).

import { boot, servedLaunch } from "./boot";
import "../styles.css";
import "./teacher.css";
import { QR_ELEMENT_TIMING } from "../launch/qr-figure";
import "./install-prompt";

/** Render at once if the stored card is not there within this time (a slow or stuck IndexedDB). */
const GRACE_MS = 250;
/** The same when the card is on screen already (served): it can wait longer, not for ever. */
const SERVED_GRACE_MS = 2_000;

const root = document.getElementById("app");
if (root === null) throw new Error("index.html has no #app element");
const app = root;

/** After the browser has painted what the page holds now (the frame after next, then a task). */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Once the served QR is on screen: its Element Timing entry (the browser reports the frame that
 * showed it), or after the next paint where Element Timing is not supported, or after `capMs`.
 * Taking the page over is a long task: it waits for this, so the card is shown first.
 */
function qrOnScreen(capMs: number): Promise<void> {
  if (!PerformanceObserver.supportedEntryTypes?.includes("element")) return afterPaint();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (
        list.getEntries().some((entry) => (entry as { identifier?: string }).identifier === QR_ELEMENT_TIMING)
      )
        done();
    });
    const timer = setTimeout(done, capMs);
    observer.observe({ type: "element", buffered: true });
  });
}

// Served with the card in it (web/src/sw/launch.ts): the card and its QR are in the document
// already and painted with the first frame; the app takes the same DOM over once they are shown.
const served = servedLaunch !== null && app.querySelector("figure.qr svg") !== null;

/** The app proper (./start), loaded and started once. */
let started = false;
const loading = served ? null : import("./start"); // not served: fetch it while the card is read
const show = () => {
  if (started) return;
  started = true;
  void (loading ?? import("./start")).then(({ start }) => start(app));
};
if (served) {
  void Promise.all([boot, qrOnScreen(1_000)]).then(show, show);
  setTimeout(show, SERVED_GRACE_MS);
} else {
  void boot.then(show, show);
  setTimeout(show, GRACE_MS);
}
