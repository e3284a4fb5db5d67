/**
 * The launch page: on a launch of the teacher app with a card, the service worker answers the
 * navigation with the app shell *and the card already in it*, with a live QR it has just signed
 * (web/src/sw/launch.ts). The card and its QR are painted as soon as the HTML is parsed, before
 * any script runs; the app then takes the same DOM over.
 *
 * The markup is the app's own: after it has shown the card, the app keeps a copy of the page
 * around the QR (a "snapshot", in the same IndexedDB database as the card, deleted with it), and
 * the service worker puts a fresh QR figure (./qr-figure) in the middle. Pure string functions,
 * shared by the service worker and the unit tests.
 */
import { isLang, type Lang } from "../i18n/lang";

/** What the app keeps to have its card screen served on the next launch. */
export interface LaunchSnapshot {
  /** The card it shows (compact JWS): a snapshot of another card is never served. */
  jws: string;
  lang: Lang;
  /** Path of the app's entry script when it was taken: the served shell must still load it. */
  build: string;
  /** `#app`'s markup before and after the QR figure. */
  before: string;
  after: string;
  qr: {
    /** The symbol's accessible name, in `lang`. */
    label: string;
    /** The countdown line in `lang`, with `{seconds}` where the number goes. */
    countdown: string;
    /** Width (CSS px) the symbol had to fill, and the device pixel ratio then. */
    available: number;
    dpr: number;
  };
}

/** What the page's script needs from the served launch page (the `#carnet-launch` JSON). */
export interface LaunchData {
  jws: string;
  /** The presentation window the served QR was signed for. */
  window: number;
  /** The served QR's text. */
  text: string;
  /** Milliseconds the service worker spent reading, signing and drawing it. */
  ms: number;
}

export const LAUNCH_DATA_ID = "carnet-launch";
const APP_CLOSE = "</div>";
/** The empty `#app`, as the shell has it. */
export const EMPTY_APP = `<div id="app">${APP_CLOSE}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

const isText = (value: unknown): value is string => typeof value === "string";
const isSize = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value) && value > 0 && value < 100_000;

/**
 * Whether `value` is a snapshot the service worker may serve for the card `jws` in `shell`:
 * well formed, of that card, taken by the build the shell loads, and holding nothing that could
 * run (it is the app's own markup; a script element or event attribute there is refused anyway).
 */
export function isServableSnapshot(value: unknown, jws: string, shell: string): value is LaunchSnapshot {
  if (!isRecord(value) || !isRecord(value.qr)) return false;
  const { qr } = value;
  if (value.jws !== jws || !isLang(value.lang)) return false;
  if (!isText(value.build) || !value.build.startsWith("/assets/") || !shell.includes(`"${value.build}"`))
    return false;
  if (!isText(value.before) || !isText(value.after) || !isText(qr.label) || !isText(qr.countdown))
    return false;
  if (!isSize(qr.available) || !isSize(qr.dpr)) return false;
  const markup = `${value.before}${value.after}`;
  return !/<script|<iframe|<object|<embed|\son[a-z]+\s*=|javascript:/i.test(markup);
}

export interface ShellParts {
  /** Everything before `#app`: sent at once, before the card is read. */
  head: string;
  /** Everything after `#app`. */
  tail: string;
}

/** The shell split around its (empty) `#app`, or null if it has none. */
export function splitShell(shell: string): ShellParts | null {
  const at = shell.indexOf(EMPTY_APP);
  return at < 0 ? null : { head: shell.slice(0, at), tail: shell.slice(at + EMPTY_APP.length) };
}

/**
 * `#app` holding the snapshot around a fresh QR figure, in the snapshot's language (`htmlLang`:
 * the `<html lang>` already sent is the default; the app moves it there when it takes over), and
 * the launch data as a JSON data block right after it (not a script: nothing runs).
 */
export function launchApp(
  snapshot: LaunchSnapshot,
  htmlLang: string,
  figure: string,
  data: LaunchData,
): string {
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return (
    `<div id="app" lang="${htmlLang}">${snapshot.before}${figure}${snapshot.after}${APP_CLOSE}` +
    `<script type="application/json" id="${LAUNCH_DATA_ID}">${json}</script>`
  );
}

/** The launch data block's text, read back; null unless it is sound. */
export function parseLaunchData(json: string): LaunchData | null {
  try {
    const data: unknown = JSON.parse(json);
    if (!isRecord(data) || !isText(data.jws) || !isText(data.text)) return null;
    if (!Number.isSafeInteger(data.window) || typeof data.ms !== "number") return null;
    return { jws: data.jws, text: data.text, window: data.window as number, ms: data.ms };
  } catch {
    return null;
  }
}
