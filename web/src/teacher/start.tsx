/**
 * The app proper: render it into `#app` (taking over the card the service worker served there,
 * if it did) and connect the service worker. Loaded by ./main once the stored card is read and,
 * on a served launch, once the served QR is on screen, so that none of this code runs before
 * the card is painted.
 */
import { render } from "preact";
import { registerServiceWorker } from "../sw-bridge";
import { App } from "./App";

export function start(app: HTMLElement): void {
  app.removeAttribute("lang"); // the served page's language: the app sets <html lang> itself
  render(<App />, app);
  registerServiceWorker();
}
