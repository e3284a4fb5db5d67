import { act } from "preact/test-utils";
import { describe, expect, test } from "vitest";
import { UpdatePrompt, type UpdateSource } from "../src/components/UpdatePrompt";
import { buttonByText, click, mount } from "./render";

function notify(listeners: Set<() => void>): void {
  for (const listener of listeners) listener();
}

function subscribe(listeners: Set<() => void>, listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A stand-in for the service-worker bridge that the test drives by hand. */
function manualSource() {
  const refresh = new Set<() => void>();
  const ready = new Set<() => void>();
  let applied = 0;
  const source: UpdateSource = {
    onNeedRefresh: (l) => subscribe(refresh, l),
    onOfflineReady: (l) => subscribe(ready, l),
    applyUpdate: () => {
      applied += 1;
    },
  };
  return {
    source,
    needRefresh: () => act(() => notify(refresh)),
    offlineReady: () => act(() => notify(ready)),
    applied: () => applied,
    listeners: () => refresh.size + ready.size,
  };
}

describe("UpdatePrompt", () => {
  test("shows nothing until the bridge reports something", async () => {
    const { source } = manualSource();
    const root = await mount(<UpdatePrompt source={source} />);
    expect(root.innerHTML).toBe("");
  });

  test("asks before updating and applies only on 'Actualizar'", async () => {
    const sw = manualSource();
    const root = await mount(<UpdatePrompt source={sw.source} />);
    await sw.needRefresh();
    expect(root.querySelector('section[aria-label="Actualización de la aplicación"]')).not.toBeNull();
    expect(root.textContent).toContain("Hay una nueva versión.");
    expect(sw.applied()).toBe(0);
    await click(buttonByText(root, "Actualizar"));
    expect(sw.applied()).toBe(1);
  });

  test("'Ahora no' dismisses without updating", async () => {
    const sw = manualSource();
    const root = await mount(<UpdatePrompt source={sw.source} />);
    await sw.needRefresh();
    await click(buttonByText(root, "Ahora no"));
    expect(root.innerHTML).toBe("");
    expect(sw.applied()).toBe(0);
  });

  test("offline-ready is a dismissible notice and never hides a pending update", async () => {
    const sw = manualSource();
    const root = await mount(<UpdatePrompt source={sw.source} />);
    await sw.offlineReady();
    expect(root.textContent).toContain("La aplicación ya funciona sin conexión.");
    await sw.needRefresh();
    await sw.offlineReady();
    expect(root.textContent).toContain("Hay una nueva versión.");
    await click(buttonByText(root, "Ahora no"));
    expect(root.innerHTML).toBe("");
  });

  test("unsubscribes when unmounted", async () => {
    const sw = manualSource();
    const root = await mount(<UpdatePrompt source={sw.source} />);
    expect(sw.listeners()).toBe(2);
    const { render } = await import("preact");
    await act(() => render(null, root));
    expect(sw.listeners()).toBe(0);
  });
});
