/**
 * The app's half of the launch page (web/src/launch/launch-page.ts): once the card screen is on
 * screen, keep a copy of its markup around the QR, so that the service worker can serve the next
 * launch with the card already painted. Elements marked `data-launch-skip` (prompts and offers
 * that come and go) are left out; the app renders them itself.
 */
import { useEffect } from "preact/hooks";
import { saveLaunchSnapshot } from "../../data/card-store";
import type { Lang } from "../../i18n/lang";
import type { LaunchSnapshot } from "../../launch/launch-page";

export interface SnapshotInfo {
  jws: string;
  lang: Lang;
  /** The QR's accessible name and countdown line (with `{seconds}`), in `lang`. */
  label: string;
  countdown: string;
}

/** The entry script this page loaded (a launch page must load the same build). */
function entryScript(doc: Document): string | null {
  return doc.querySelector('script[type="module"][src]')?.getAttribute("src") ?? null;
}

/** The snapshot of `app` as it is now, or null if it shows no QR (or the page has no entry script). */
export function captureLaunchSnapshot(app: Element, info: SnapshotInfo): LaunchSnapshot | null {
  const build = entryScript(app.ownerDocument);
  const box = app.querySelector<HTMLElement>("figure.qr .qr__box");
  if (build === null || box === null || box.clientWidth <= 0) return null;
  const copy = app.cloneNode(true) as Element;
  for (const skipped of copy.querySelectorAll("[data-launch-skip]")) skipped.remove();
  const figure = copy.querySelector("figure.qr");
  if (figure === null || figure.querySelector("svg") === null) return null;
  const html = copy.innerHTML;
  const markup = figure.outerHTML;
  const at = html.indexOf(markup);
  if (at < 0) return null;
  return {
    jws: info.jws,
    lang: info.lang,
    build,
    before: html.slice(0, at),
    after: html.slice(at + markup.length),
    qr: {
      label: info.label,
      countdown: info.countdown,
      available: box.clientWidth,
      dpr: window.devicePixelRatio || 1,
    },
  };
}

let saved = "";

/**
 * Keeps the snapshot up to date while `enabled` (the card screen with a QR and nothing
 * transient on it): after the screen is painted, when idle, and only when it changed.
 */
export function useLaunchSnapshot(enabled: boolean, info: SnapshotInfo): void {
  const { jws, lang, label, countdown } = info;
  useEffect(() => {
    if (!enabled) return undefined;
    const take = () => {
      const app = document.getElementById("app");
      const snapshot = app === null ? null : captureLaunchSnapshot(app, { jws, lang, label, countdown });
      if (snapshot === null) return;
      const json = JSON.stringify(snapshot);
      if (json === saved) return;
      saved = json;
      saveLaunchSnapshot(snapshot).catch(() => {
        saved = ""; // try again next time
      });
    };
    if (typeof requestIdleCallback === "function") {
      const id = requestIdleCallback(take, { timeout: 2_000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(take, 500);
    return () => clearTimeout(id);
  }, [enabled, jws, lang, label, countdown]);
}
