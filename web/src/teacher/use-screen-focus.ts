import { useEffect, useRef } from "preact/hooks";

let launched = false;

/**
 * When a screen replaces another, move keyboard and screen-reader focus to its heading
 * (`#screen-title`, focusable with tabIndex -1) once it is `ready` (rendered). The first screen
 * after launch leaves focus alone: the page starts at the top anyway.
 */
export function useScreenFocus(ready = true): void {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    if (!launched) {
      launched = true;
      return;
    }
    document.getElementById("screen-title")?.focus();
  }, [ready]);
}

/** For tests: behave as on a fresh launch. */
export function resetScreenFocus(): void {
  launched = false;
}
