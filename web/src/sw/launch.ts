/**
 * The teacher app's launch, served by the service worker with the card already in the page
 * (web/src/launch/launch-page.ts): read the card, its device key and the app's snapshot from
 * IndexedDB, sign this window's presentation, draw the QR, and stream the shell with all of it
 * inside `#app`. Everything before `#app` goes out at once, so the browser starts the page and
 * fetches its styles and scripts while the card is read and its QR signed and drawn.
 *
 * Any problem (no card, no snapshot, a snapshot of another build, storage or signing failing,
 * more than LAUNCH_BUDGET_MS) serves the plain shell: the app then renders the card itself,
 * as it always could.
 */
import {
  createPresentation,
  presentationWindow,
  secondsLeftInWindow,
  WINDOW_SEC,
} from "#shared/card/present";
import { CURRENT, DB_NAME, LAUNCH_STORE } from "../data/teacher-db-name";
import { HTML_LANG } from "../i18n/lang";
import { EMPTY_APP, isServableSnapshot, launchApp, splitShell } from "../launch/launch-page";
import { crispSize, qrFigureHtml } from "../launch/qr-figure";
import { QUIET_ZONE, qrMatrix } from "../teacher/card/qr-matrix";

/** Past this, the plain shell goes out: a slow device must not wait for the card to be drawn. */
export const LAUNCH_BUDGET_MS = 400;

interface Stored {
  jws: string;
  validUntil: number;
  privateKey: CryptoKey;
  snapshot: unknown;
}

/** The card, its key and the snapshot, in one read-only transaction; null if any is missing. */
function readStored(): Promise<Stored | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME);
    } catch {
      resolve(null);
      return;
    }
    // No database yet: do not create one (the app creates it with its stores).
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      const stores = ["card", "device", LAUNCH_STORE];
      if (!stores.every((name) => db.objectStoreNames.contains(name))) {
        db.close();
        resolve(null);
        return;
      }
      const tx = db.transaction(stores, "readonly");
      const card = tx.objectStore("card").get(CURRENT);
      const device = tx.objectStore("device").get(CURRENT);
      const snapshot = tx.objectStore(LAUNCH_STORE).get(CURRENT);
      tx.oncomplete = () => {
        db.close();
        const c = card.result as { jws?: unknown; display?: { validUntil?: unknown } } | undefined;
        const d = device.result as { privateKey?: unknown } | undefined;
        if (
          typeof c?.jws !== "string" ||
          typeof c.display?.validUntil !== "number" ||
          !(d?.privateKey instanceof CryptoKey)
        ) {
          resolve(null);
          return;
        }
        resolve({
          jws: c.jws,
          validUntil: c.display.validUntil,
          privateKey: d.privateKey,
          snapshot: snapshot.result,
        });
      };
      tx.onerror = tx.onabort = () => {
        db.close();
        resolve(null);
      };
    };
  });
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(null);
      },
    );
  });
}

/** `#app` with the card and this window's QR in it (and the launch data), or null if it cannot be served. */
async function cardApp(stored: Stored | null, shell: string, started: number): Promise<string | null> {
  if (stored === null || stored.validUntil <= Date.now() / 1000) return null;
  const { snapshot } = stored;
  if (!isServableSnapshot(snapshot, stored.jws, shell)) return null;
  const now = Date.now() / 1000;
  const window = presentationWindow(Math.floor(now));
  const text = await createPresentation(stored.jws, stored.privateKey, window * WINDOW_SEC);
  const matrix = qrMatrix(text);
  const side = matrix.size + 2 * QUIET_ZONE;
  const secondsLeft = secondsLeftInWindow(window, now);
  const figure = qrFigureHtml({
    text,
    matrix,
    size: crispSize(snapshot.qr.available, side, snapshot.qr.dpr),
    label: snapshot.qr.label,
    countdown: snapshot.qr.countdown.replace("{seconds}", String(secondsLeft)),
    secondsLeft,
    windowSec: WINDOW_SEC,
  });
  const ms = Math.round((performance.now() - started) * 10) / 10;
  return launchApp(snapshot, HTML_LANG[snapshot.lang], figure, { jws: stored.jws, window, text, ms });
}

/**
 * The launch page for `shell` (the precached index.html response): everything before `#app` at
 * once, then `#app` with the card in it, or empty (the plain shell) when the card cannot be served.
 */
export async function launchResponse(shell: Response): Promise<Response> {
  const started = performance.now();
  const reading = readStored();
  const html = await shell.text();
  const headers = new Headers(shell.headers);
  headers.delete("content-length");
  const parts = splitShell(html);
  if (parts === null) return new Response(html, { status: 200, headers });

  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        controller.enqueue(encoder.encode(parts.head));
        const app = await within(
          reading.then((stored) => cardApp(stored, html, started)),
          LAUNCH_BUDGET_MS,
        );
        controller.enqueue(encoder.encode(`${app ?? EMPTY_APP}${parts.tail}`));
        controller.close();
      } catch {
        // The page went away (navigation cancelled): nobody is reading any more.
      }
    },
  });
  return new Response(body, { status: 200, statusText: "OK", headers });
}
