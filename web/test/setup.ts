import { options } from "preact";
import { afterEach } from "vitest";
import { reloadLang } from "../src/hooks/use-lang";

// Preact's effect scheduler uses requestAnimationFrame; in jsdom its callbacks can fire after
// the environment is torn down. A plain timer keeps effects inside the test.
options.requestAnimationFrame = (callback) => setTimeout(callback);

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  reloadLang();
});
