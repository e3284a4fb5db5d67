import "./verifier-realm";
import { act } from "preact/test-utils";
import { beforeAll, describe, expect, test } from "vitest";
import { App } from "../src/verifier/App";
import { buttonByText, click, mount } from "./render";
import {
  DAY,
  livePresentation,
  loadedTrust,
  makeWorld,
  nowSec,
  offlineSource,
  REVOKED_INDEX,
  staticCard,
  statusListFor,
  type World,
} from "./verifier-fixtures";

let world: World;
beforeAll(async () => {
  world = await makeWorld();
});

/** Re-render until `find` returns something (verification is asynchronous: Web Crypto). */
async function waitFor<T>(find: () => T | null | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function submitCode(root: HTMLElement, text: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>("#capture-code");
  if (!input) throw new Error("no capture field");
  input.focus();
  input.value = text;
  await act(() => {
    input.form?.requestSubmit();
  });
}

function result(root: HTMLElement) {
  return root.querySelector<HTMLElement>(".result");
}

async function verifyText(root: HTMLElement, text: string) {
  await submitCode(root, text);
  const panel = await waitFor(() => result(root), "a result");
  return {
    tone: panel.dataset.tone,
    headline: panel.querySelector("h2")?.textContent ?? "",
    text: panel.textContent ?? "",
    announced: root.querySelector("[data-testid=result-announcement]")?.textContent ?? "",
  };
}

describe("verifier without trust data", () => {
  test("says it cannot verify yet, and a card gets 'cannot verify', never 'valid'", async () => {
    const root = await mount(<App trustSource={offlineSource(null)} />);
    await waitFor(() => root.querySelector(".trust--none"), "the no-trust notice");
    expect(root.querySelector("main h2")?.textContent).toBe("Todavía no puede verificar carnets");
    // The download is tried at once (jsdom is "online"); this source fails as if offline.
    await waitFor(() => root.textContent?.includes("No se pudieron descargar los datos"), "the failure");

    const shown = await verifyText(root, await livePresentation(world));
    expect(shown.tone).toBe("unknown");
    expect(shown.headline).toBe("No se puede verificar");
    expect(shown.text).toContain("todavía no tiene los datos");
    expect(shown.text.toLowerCase()).not.toContain("carnet válido");
  });

  test("in English too", async () => {
    const root = await mount(<App trustSource={offlineSource(null)} />);
    await click(buttonByText(root, "English"));
    await waitFor(() => root.querySelector(".trust--none"), "the no-trust notice");
    expect(root.querySelector("header h1")?.textContent).toBe("Verifier");
    expect(root.querySelector("main h2")?.textContent).toBe("Cannot verify cards yet");
    expect(root.textContent ?? "").not.toMatch(/\bvalid card\b/i);
  });
});

describe("verifier with trust data (offline)", () => {
  async function mountReady(options?: Parameters<typeof loadedTrust>[1]) {
    const root = await mount(<App trustSource={offlineSource(await loadedTrust(world, options))} />);
    await waitFor(() => root.querySelector(".trust__age"), "the trust age");
    return root;
  }

  test("a live presentation: green, 'Carnet válido', the holder's details, announced", async () => {
    const root = await mountReady();
    const shown = await verifyText(root, await livePresentation(world));
    expect(shown.tone).toBe("valid");
    expect(shown.headline).toBe("Carnet válido");
    for (const detail of ["María José Quishpe Guamán", "Rector/a", "Directivo/a", "17H00662", "17D04"]) {
      expect(shown.text).toContain(detail);
    }
    expect(shown.text).toContain("Pichincha");
    expect(shown.text).toContain("termina en 8388");
    expect(shown.announced).toContain("Carnet válido");
    expect(shown.announced).toContain("María José Quishpe Guamán");
    expect(root.querySelector(".result svg")?.getAttribute("aria-hidden")).toBe("true");
  });

  test("a static copy: amber, asks for the cédula", async () => {
    const root = await mountReady();
    const shown = await verifyText(root, staticCard(world));
    expect(shown.tone).toBe("caution");
    expect(shown.headline).toBe("Válido — copia estática");
    expect(shown.text).toContain("Pida la cédula");
  });

  test("a card expiring within 30 days: amber with the warning", async () => {
    const soon = await makeWorld({ exp: nowSec() + 10 * DAY });
    const root = await mount(<App trustSource={offlineSource(await loadedTrust(soon))} />);
    await waitFor(() => root.querySelector(".trust__age"), "the trust age");
    const shown = await verifyText(root, await livePresentation(soon));
    expect(shown.tone).toBe("caution");
    expect(shown.headline).toBe("Carnet válido");
    expect(shown.text).toContain("caduca en menos de 30 días");
  });

  test("a revoked card: red, the reason, details marked as reference only", async () => {
    const revoked = await makeWorld({ sli: REVOKED_INDEX });
    const root = await mount(<App trustSource={offlineSource(await loadedTrust(revoked))} />);
    await waitFor(() => root.querySelector(".trust__age"), "the trust age");
    const shown = await verifyText(root, await livePresentation(revoked));
    expect(shown.tone).toBe("invalid");
    expect(shown.headline).toBe("No válido");
    expect(shown.text).toContain("Este carnet fue anulado");
    expect(shown.text).toContain("solo como referencia");
  });

  test("a presentation from 3 minutes ago: 'QR expired — possible screenshot'", async () => {
    const root = await mountReady();
    const shown = await verifyText(root, await livePresentation(world, nowSec() - 180));
    expect(shown.tone).toBe("invalid");
    expect(shown.text).toContain("captura de pantalla");
  });

  test("unrelated text, damaged digits and a megabyte of junk: clear reasons, no crash", async () => {
    const root = await mountReady();
    expect((await verifyText(root, "https://example.com/promo")).text).toContain(
      "no es un Carnet Docente Digital",
    );
    const live = await livePresentation(world);
    expect((await verifyText(root, live.slice(0, -5))).text).toContain("dañado o incompleto");
    expect((await verifyText(root, "9".repeat(1_000_000))).text).toContain("demasiado grande");
  });

  test("a keyboard-wedge scan typed with another keyboard layout ('cdd1Ñ…') still verifies", async () => {
    const root = await mountReady();
    const live = await livePresentation(world);
    const shown = await verifyText(root, `cdd1Ñ${live.slice("CDD1:".length)}\r\n`);
    expect(shown.headline).toBe("Carnet válido");
  });

  test("'scan next' clears the result and returns the focus to the capture field", async () => {
    const root = await mountReady();
    await verifyText(root, await livePresentation(world));
    expect(document.activeElement?.id).toBe("capture-code");
    await click(buttonByText(root, "Escanear siguiente"));
    expect(result(root)).toBeNull();
    expect(document.activeElement?.id).toBe("capture-code");
    expect(root.querySelector("[data-testid=result-announcement]")?.textContent).toBe("");
  });

  test("an empty submission says what to do and verifies nothing", async () => {
    const root = await mountReady();
    await submitCode(root, "   ");
    expect(root.querySelector("#capture-error")?.textContent).toBe(
      "Escanee, escriba o pegue el código primero.",
    );
    expect(result(root)).toBeNull();
  });

  test("English result", async () => {
    const root = await mountReady();
    await click(buttonByText(root, "English"));
    const shown = await verifyText(root, await livePresentation(world));
    expect(shown.headline).toBe("Valid card");
    expect(shown.text).toContain("ends in 8388");
    expect(shown.text).toContain("Scan next");
  });
});

describe("trust data status", () => {
  test("shows its age, the stated tolerances, and no warning while fresh", async () => {
    const trust = await loadedTrust(world, { fetchedAt: nowSec() - 2 * 3600 - 60 });
    const root = await mount(<App trustSource={offlineSource(trust)} />);
    const age = await waitFor(() => root.querySelector(".trust__age"), "the trust age");
    expect(age.textContent).toBe("Datos actualizados hace 2 h.");
    expect(root.querySelector(".trust__tolerance")?.textContent).toContain("5 minutos");
    expect(root.querySelector(".trust__tolerance")?.textContent).toContain("90 segundos");
    expect(root.querySelector(".trust__warnings")).toBeNull();
  });

  test("warns once the status list is past its ttl; results turn amber", async () => {
    const statusList = await statusListFor(world, { iat: nowSec() - 13 * 3600, ttl: 12 * 3600 });
    const trust = await loadedTrust(world, { statusList, fetchedAt: nowSec() - 13 * 3600 });
    const root = await mount(<App trustSource={offlineSource(trust)} />);
    const warnings = await waitFor(() => root.querySelector(".trust__warnings"), "the stale warning");
    expect(warnings.textContent).toContain("desactualizada");
    expect(warnings.textContent).toContain("cada 12 h");
    const shown = await verifyText(root, await livePresentation(world));
    expect(shown.tone).toBe("caution");
    expect(shown.text).toContain("desactualizada");
  });

  test("warns when the device clock was off the server's by more than the tolerance", async () => {
    const trust = await loadedTrust(world, { clockSkewSec: -15 * 60 });
    const root = await mount(<App trustSource={offlineSource(trust)} />);
    const warnings = await waitFor(() => root.querySelector(".trust__warnings"), "the clock warning");
    expect(warnings.textContent).toContain("difiere 15 minutos");
    const shown = await verifyText(root, await livePresentation(world));
    expect(shown.tone).toBe("caution");
  });

  test("a failed refresh keeps the stored data and says so", async () => {
    const source = offlineSource(await loadedTrust(world));
    const root = await mount(<App trustSource={source} />);
    // The refresh tried at start fails; so does one asked for with the button.
    await waitFor(() => root.querySelector(".trust__problem")?.textContent, "the first failure");
    await click(buttonByText(root, "Actualizar ahora"));
    await waitFor(() => buttonByText(root, "Actualizar ahora"), "the second failure");
    expect(source.refreshes).toBe(2);
    expect(root.querySelector(".trust__problem")?.textContent).toContain("Se siguen usando los guardados");
    expect(root.querySelector(".trust__age")?.textContent).toBe("Datos actualizados hace un momento.");
    expect((await verifyText(root, await livePresentation(world))).headline).toBe("Carnet válido");
  });
});
