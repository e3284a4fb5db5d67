/**
 * The live QR's markup as an HTML string, for the service worker's launch page (./launch-page):
 * the same elements and attributes LiveQr.tsx renders, so that the app's first render takes the
 * served DOM over as it is (test/launch-page.test.ts renders both and compares them). The
 * service worker cannot set the CSS custom property the app sizes the symbol with (the CSP
 * allows no style attributes), so it gives a width and height in CSS pixels instead.
 */
import { type QrMatrix, QUIET_ZONE, qrPath } from "../teacher/card/qr-matrix";

/**
 * The Element Timing name of the QR's countdown line, drawn right after the symbol: the browser
 * reports when it was first painted, whoever put it there (LiveQr.tsx or this launch page). The
 * benchmark measures launch → that paint.
 */
export const QR_ELEMENT_TIMING = "carnet-qr";

/** `&`, `<`, `>` and `"` as character references: safe in text and in double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;",
  );
}

/**
 * The largest size (CSS px) at most `available` wide at which every module is a whole number of
 * device pixels (one at the least): what the app's CSS computes with round().
 */
export function crispSize(available: number, modules: number, devicePixelRatio: number): number {
  const unit = Math.max(1, Math.floor((available * devicePixelRatio) / modules));
  return (unit * modules) / devicePixelRatio;
}

export interface QrFigureInput {
  text: string;
  matrix: QrMatrix;
  /** The symbol's width and height in CSS px (see crispSize), quiet zone included. */
  size: number;
  /** The symbol's accessible name. */
  label: string;
  /** The countdown line, already in the page's language. */
  countdown: string;
  secondsLeft: number;
  windowSec: number;
}

export function qrFigureHtml(input: QrFigureInput): string {
  const side = input.matrix.size + 2 * QUIET_ZONE;
  return (
    `<figure class="qr" data-qr-text="${escapeHtml(input.text)}"><div class="qr__box">` +
    `<svg class="qr__svg" viewBox="0 0 ${side} ${side}" width="${input.size}" height="${input.size}" role="img" ` +
    `aria-label="${escapeHtml(input.label)}" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">` +
    `<rect width="${side}" height="${side}" fill="#ffffff"></rect><path d="${qrPath(input.matrix)}" fill="#000000"></path></svg></div>` +
    `<figcaption class="qr__countdown"><span role="timer" elementtiming="${QR_ELEMENT_TIMING}">${escapeHtml(input.countdown)}</span>` +
    `<progress class="qr__progress" max="${input.windowSec}" value="${input.secondsLeft}" aria-hidden="true"></progress>` +
    "</figcaption></figure>"
  );
}
