import type { RefObject } from "preact";
import { useEffect } from "preact/hooks";

/** Elements where typed characters already mean something. */
function isEditable(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable) return true;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) {
    return !["button", "submit", "reset", "checkbox", "radio", "file", "image", "range", "color"].includes(
      element.type,
    );
  }
  return false;
}

/**
 * A keyboard-wedge scanner types into whatever has the focus. When nothing editable has it
 * (the page after a result, a button), the first printable character moves the focus to the
 * capture field, so the scan lands there instead of being lost (or its Enter pressing a button).
 */
export function useWedgeRedirect(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing)
        return;
      if (event.key.length !== 1 || event.key === " ") return;
      const field = input.current;
      if (field === null || isEditable(document.activeElement)) return;
      field.focus();
    };
    document.addEventListener("keydown", onKeyDown, true);
    return () => document.removeEventListener("keydown", onKeyDown, true);
  }, [input]);
}
