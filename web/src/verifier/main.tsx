import { render } from "preact";
import "../styles.css";
import "./verifier.css";
import { registerServiceWorker } from "../sw-bridge";
import { App } from "./App";

const root = document.getElementById("app");
if (root === null) throw new Error("verificar.html has no #app element");
render(<App />, root);
registerServiceWorker();
