import type { VNode } from "preact";
import { render } from "preact";
import { act } from "preact/test-utils";

/** Render into a fresh container attached to the document; effects have run on return. */
export async function mount(vnode: VNode): Promise<HTMLElement> {
  const container = document.createElement("div");
  document.body.append(container);
  await act(() => {
    render(vnode, container);
  });
  return container;
}

/** Click an element and let Preact re-render. */
export async function click(element: Element | null | undefined): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error("nothing to click");
  await act(() => {
    element.click();
  });
}

/** The first button whose text is exactly `text`. */
export function buttonByText(root: ParentNode, text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll("button")].find((b) => b.textContent?.trim() === text);
}
