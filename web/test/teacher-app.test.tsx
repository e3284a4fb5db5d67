import "./verifier-realm";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { setOpenerForTests } from "../src/data/card-store";
import { LANG_STORAGE_KEY, reloadLang } from "../src/hooks/use-lang";
import { App } from "../src/teacher/App";
import { restartBoot } from "../src/teacher/boot";
import { resetScreenFocus } from "../src/teacher/use-screen-focus";
import { buttonByText, click, mount } from "./render";
import { localCard, makeCard, makeDevice, makeIssuer } from "./teacher-fixtures";
import { memoryDb } from "./teacher-memory-db";

type Route = (init: RequestInit | undefined) => Response | Promise<Response>;

/** A fake same-origin server: method + path → answer; anything else is a network failure. */
function serve(routes: Record<string, Route>) {
  const calls: string[] = [];
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const key = `${init?.method ?? "GET"} ${String(input)}`;
    calls.push(key);
    const route = routes[key];
    if (route === undefined) throw new TypeError("Failed to fetch");
    return route(init);
  });
  return calls;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const apiError = (status: number, code: string, es: string, en: string, details?: unknown) =>
  json(status, { error: { code, message: { es, en }, details } });

const ME = {
  email: "maria.quishpe@educacion.gob.ec",
  name: "María Fernanda Quishpe Chimbo",
  consent: null,
  currentConsentVersion: "2026-12-01",
  card: null,
};

/** Let pending promises, timers and lazy imports settle, re-rendering as they go. */
async function settle(until: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (until()) return;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
  throw new Error(`timed out waiting for ${what}`);
}

const heading = (root: HTMLElement) => root.querySelector("main h2")?.textContent ?? "";

let db: ReturnType<typeof memoryDb>;
beforeEach(() => {
  db = memoryDb();
  setOpenerForTests(db.opener);
  restartBoot();
  resetScreenFocus();
  window.history.replaceState(null, "", "/");
});
afterEach(() => {
  setOpenerForTests(undefined);
  vi.unstubAllGlobals();
});

describe("teacher app", () => {
  test("a new visitor: the welcome screen in Spanish, landmarks and version, and no request at all", async () => {
    const calls = serve({});
    const root = await mount(<App />);
    await settle(() => heading(root) === "Le damos la bienvenida", "welcome");
    expect(root.querySelector("header h1")?.textContent).toBe("Carnet Docente Digital");
    expect(root.querySelectorAll("main, header, footer")).toHaveLength(3);
    expect(root.querySelector("footer")?.textContent).toContain(
      `Versión ${import.meta.env.VITE_APP_VERSION}`,
    );
    expect(buttonByText(root, "Iniciar sesión con la cuenta institucional")).toBeDefined();
    expect(root.querySelector('a[href="/verificar"]')).not.toBeNull();
    expect(document.documentElement.lang).toBe("es-EC");
    expect(calls).toEqual([]);
  });

  test("back from the identity provider but not logged in after all: the session is said to have ended", async () => {
    window.history.replaceState(null, "", "/?sesion=iniciada");
    const calls = serve({ "GET /api/me": () => apiError(401, "UNAUTHORIZED", "Inicie sesión.", "Sign in.") });
    const root = await mount(<App />);
    await settle(
      () => (root.querySelector(".banner")?.textContent ?? "").includes("Su sesión terminó"),
      "the notice",
    );
    expect(calls).toEqual(["GET /api/me"]);
    expect(window.location.search).toBe("");
    expect(db.contents("meta").get("current")).toEqual({ signedIn: false });
  });

  test("switching to English re-renders every string, sets <html lang> and is remembered", async () => {
    serve({ "GET /api/me": () => apiError(401, "UNAUTHORIZED", "Inicie sesión.", "Sign in.") });
    const root = await mount(<App />);
    await settle(() => heading(root) === "Le damos la bienvenida", "welcome");
    await click(buttonByText(root, "English"));
    expect(heading(root)).toBe("Welcome");
    expect(buttonByText(root, "Sign in with your institutional account")).toBeDefined();
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe("en");
    document.body.replaceChildren();
    reloadLang();
    const again = await mount(<App />);
    await settle(() => heading(again) === "Welcome", "welcome in English");
  });

  test("a failed log-in is explained, and its code taken off the address", async () => {
    window.history.replaceState(null, "", "/?login_error=domain");
    const calls = serve({});
    const root = await mount(<App />);
    await settle(() => root.querySelector('[role="alert"]') !== null, "the alert");
    expect(root.querySelector('[role="alert"]')?.textContent).toContain("@educacion.gob.ec");
    expect(window.location.search).toBe("");
    expect(calls).toEqual([]);
  });

  test("offline with nothing stored: welcome says a connection is needed once", async () => {
    window.history.replaceState(null, "", "/?sesion=iniciada");
    serve({});
    const root = await mount(<App />);
    await settle(() => heading(root) === "Le damos la bienvenida", "welcome");
    expect(root.querySelector(".banner")?.textContent).toContain("Sin conexión");
  });

  test("a stored card is painted from the device before the server answers", async () => {
    const issuer = await makeIssuer();
    const device = await makeDevice();
    const stored = localCard(await makeCard(issuer, device), device);
    await db.put("card", "current", stored.card);
    await db.put("device", "current", stored.device);
    await restartBoot();
    let answer: (response: Response) => void = () => undefined;
    const calls = serve({ "GET /api/me": () => new Promise<Response>((resolve) => (answer = resolve)) });
    const root = await mount(<App />);
    // The very first render: card and QR, signed while the app's code loaded.
    expect(root.querySelector("figure.qr svg path")).not.toBeNull();
    expect(root.querySelector(".carnet__name")?.textContent).toBe("María Fernanda Quishpe Chimbo");
    expect(root.querySelector("figure.qr")?.getAttribute("data-qr-text")).toMatch(/^CDD1:\d+$/);
    expect(root.querySelector('[role="timer"]')?.textContent).toMatch(/^Nuevo código en \d+ s$/);
    await settle(() => calls.length === 1, "the background check");
    expect(calls).toEqual(["GET /api/me"]); // asked, still unanswered
    expect(root.querySelector("figure.qr svg path")).not.toBeNull();
    answer(
      json(200, {
        ...ME,
        state: "ready",
        card: { jws: stored.card.jws, cardId: stored.card.cardId, display: stored.card.display },
      }),
    );
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(root.querySelector(".carnet__name")).not.toBeNull();
  });

  test("cédula: checked on the device first, then the server's answer, and the typed value stays", async () => {
    await db.put("meta", "current", { signedIn: true });
    await restartBoot();
    let attempts = 0;
    serve({
      "GET /api/me": () => json(200, { ...ME, state: "needs_cedula" }),
      "POST /api/me/cedula": () => {
        attempts += 1;
        return apiError(422, "CEDULA_MISMATCH", "La cédula no coincide.", "The cédula does not match.", {
          remaining: 3,
        });
      },
    });
    const root = await mount(<App />);
    await settle(() => heading(root) === "Registre su cédula", "the cédula screen");
    const input = root.querySelector<HTMLInputElement>("#cedula");
    if (input === null) throw new Error("no cédula field");
    const type = async (value: string) => {
      await act(() => {
        input.value = value;
        input.dispatchEvent(new Event("input", { bubbles: true }));
      });
    };
    await type("170741838");
    await click(buttonByText(root, "Continuar"));
    expect(root.querySelector("#cedula-error")?.textContent).toBe("La cédula debe tener 10 dígitos.");
    expect(input.getAttribute("aria-describedby")).toBe("cedula-hint cedula-error");
    expect(attempts).toBe(0);

    await type("1356962389");
    await click(buttonByText(root, "Continuar"));
    await settle(
      () => (root.querySelector("#cedula-error")?.textContent ?? "").includes("no coincide"),
      "the server's error",
    );
    expect(root.querySelector("#cedula-error")?.textContent).toBe(
      "La cédula no coincide. Le quedan 3 intentos.",
    );
    expect(input.value).toBe("1356962389");
    await click(buttonByText(root, "English"));
    expect(root.querySelector("#cedula-error")?.textContent).toBe(
      "The cédula does not match. You have 3 attempts left.",
    );
    expect(attempts).toBe(1);
  });

  test("not eligible: says why and whom to contact", async () => {
    window.history.replaceState(null, "", "/?sesion=iniciada");
    serve({
      "GET /api/me": () =>
        json(200, { ...ME, state: "not_eligible", reason: "INACTIVE", contact: "distrito@educacion.gob.ec" }),
    });
    const root = await mount(<App />);
    await settle(() => heading(root) === "No podemos emitir su carnet", "the not-eligible screen");
    expect(root.textContent).toContain("no está activa");
    expect(root.textContent).toContain("distrito@educacion.gob.ec");
  });
});
