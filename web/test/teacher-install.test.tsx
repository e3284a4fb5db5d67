import { act } from "preact/test-utils";
import { afterEach, describe, expect, test } from "vitest";
import { InstallCard } from "../src/teacher/InstallCard";
import { resetInstallForTests } from "../src/teacher/install-prompt";
import { buttonByText, click, mount } from "./render";

/** A `beforeinstallprompt` event as Chromium fires it, recording what the app does with it. */
function installEvent(outcome: "accepted" | "dismissed") {
  const event = new Event("beforeinstallprompt", { cancelable: true }) as Event & {
    prompt: () => Promise<void>;
    userChoice: Promise<{ outcome: string }>;
    prompted: number;
  };
  event.prompted = 0;
  event.prompt = async () => {
    event.prompted += 1;
  };
  event.userChoice = Promise.resolve({ outcome });
  return event;
}

const userAgent = Object.getOwnPropertyDescriptor(Navigator.prototype, "userAgent");
afterEach(() => {
  resetInstallForTests();
  Reflect.deleteProperty(navigator, "userAgent");
  if (userAgent) expect(Object.getOwnPropertyDescriptor(Navigator.prototype, "userAgent")).toBeDefined();
});

describe("install the app", () => {
  test("nothing to offer where the browser has not offered installation", async () => {
    const root = await mount(<InstallCard />);
    expect(root.innerHTML).toBe("");
  });

  test("Chromium's install prompt becomes the app's own button, used once", async () => {
    const root = await mount(<InstallCard />);
    const event = installEvent("accepted");
    await act(() => {
      window.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true); // no mini-infobar
    expect(root.querySelector("h3")?.textContent).toBe("Tenga el carnet a mano");
    await click(buttonByText(root, "Instalar la aplicación"));
    expect(event.prompted).toBe(1);
    await act(() => {
      window.dispatchEvent(new Event("appinstalled"));
    });
    expect(root.textContent).toBe("Aplicación instalada.");
  });

  test("on iPhone Safari: the Compartir → Agregar a inicio guide", async () => {
    Object.defineProperty(navigator, "userAgent", {
      configurable: true,
      get: () =>
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    });
    const root = await mount(<InstallCard />);
    expect(root.textContent).toContain("toque «Compartir» y luego «Agregar a inicio»");
  });
});
