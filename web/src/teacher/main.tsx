// First: start reading the card (and signing its first QR) while the rest of the app loads.

import { render } from "preact";
import { boot } from "./boot";
import "../styles.css";
import { registerServiceWorker } from "../sw-bridge";
import { App } from "./App";
import "./install-prompt";

/** Render at once if the stored card is not there within this time (a slow or stuck IndexedDB). */
const GRACE_MS = 250;

const root = document.getElementById("app");
if (root === null) throw new Error("index.html has no #app element");
const app = root;
let rendered = false;
const show = () => {
  if (rendered) return;
  rendered = true;
  render(<App />, app);
  registerServiceWorker();
};
void boot.then(show, show);
setTimeout(show, GRACE_MS);
