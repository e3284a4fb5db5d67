import "./verifier-realm";
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { presentationWindow } from "#shared/card/present";
import { setOpenerForTests } from "../src/data/card-store";
import {
  EMPTY_APP,
  isServableSnapshot,
  type LaunchData,
  type LaunchSnapshot,
  launchApp,
  parseLaunchData,
  splitShell,
} from "../src/launch/launch-page";
import { crispSize, escapeHtml, QR_ELEMENT_TIMING, qrFigureHtml } from "../src/launch/qr-figure";
import { App } from "../src/teacher/App";
import { restartBoot } from "../src/teacher/boot";
import { captureLaunchSnapshot } from "../src/teacher/card/launch-snapshot";
import { QUIET_ZONE, qrMatrix } from "../src/teacher/card/qr-matrix";
import { resetScreenFocus } from "../src/teacher/use-screen-focus";
import { localCard, makeCard, makeDevice, makeIssuer } from "./teacher-fixtures";
import { memoryDb } from "./teacher-memory-db";

const BUILD = "/assets/index-T3st.js";
const SHELL = `<!doctype html>
<html lang="es-EC"><head><script type="module" crossorigin src="${BUILD}"></script></head>
<body><div id="app"></div><noscript>JS</noscript></body></html>`;

function snapshotOf(jws: string, change: Partial<LaunchSnapshot> = {}): LaunchSnapshot {
  return {
    jws,
    lang: "es",
    build: BUILD,
    before: '<main><p class="carnet__name">María</p>',
    after: "</main>",
    qr: { label: "Código QR", countdown: "Nuevo código en {seconds} s", available: 316, dpr: 2 },
    ...change,
  };
}

describe("what the service worker may serve", () => {
  const jws = "aaa.bbb.ccc";
  test("the app's own snapshot of this card, taken by the build the shell loads", () => {
    expect(isServableSnapshot(snapshotOf(jws), jws, SHELL)).toBe(true);
  });

  test.each<[string, unknown]>([
    ["nothing stored", undefined],
    ["another card's", snapshotOf("zzz.yyy.xxx")],
    ["another build's", snapshotOf(jws, { build: "/assets/index-0ld.js" })],
    ["not an asset path", snapshotOf(jws, { build: "https://evil.example/x.js" })],
    ["an unknown language", { ...snapshotOf(jws), lang: "fr" }],
    ["a script element", snapshotOf(jws, { after: "<script>alert(1)</script>" })],
    ["an event attribute", snapshotOf(jws, { before: '<img src="x" onerror="alert(1)">' })],
    ["a javascript: URL", snapshotOf(jws, { before: '<a href="javascript:alert(1)">x</a>' })],
    ["no QR size", { ...snapshotOf(jws), qr: { label: "x", countdown: "y", available: 0, dpr: 2 } }],
  ])("not %s", (_, value) => {
    expect(isServableSnapshot(value, jws, SHELL)).toBe(false);
  });
});

describe("the launch page's pieces", () => {
  test("the shell splits around its empty #app, and the parts put back are the shell", () => {
    const parts = splitShell(SHELL);
    expect(parts).not.toBeNull();
    expect(`${parts?.head}${EMPTY_APP}${parts?.tail}`).toBe(SHELL);
    expect(parts?.head.endsWith("<body>")).toBe(true);
    expect(splitShell("<html><body><div id=app></div></body></html>")).toBeNull();
  });

  test("#app in the snapshot's language, and launch data that reads back and cannot close its block", () => {
    const data: LaunchData = { jws: "a.b.c", window: 59_880_000, text: "CDD1:0123", ms: 12.5 };
    const html = launchApp(snapshotOf("a.b.c", { lang: "en" }), "en", "<figure></figure>", {
      ...data,
      text: "</script><script>alert(1)</script>",
    });
    expect(html.startsWith('<div id="app" lang="en"><main>')).toBe(true);
    expect(html).not.toContain("</script><script>");
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
    expect(doc.querySelectorAll("script")).toHaveLength(1);
    expect(parseLaunchData(doc.getElementById("carnet-launch")?.textContent ?? "")?.text).toBe(
      "</script><script>alert(1)</script>",
    );
    const block = /<script[^>]*>(.*)<\/script>/.exec(launchApp(snapshotOf("a.b.c"), "es-EC", "", data))?.[1];
    expect(parseLaunchData(block ?? "")).toEqual(data);
  });

  test.each([
    "",
    "{",
    "null",
    '{"jws":"a","text":"b","window":1.5,"ms":1}',
    '{"jws":1,"text":"b","window":1,"ms":1}',
  ])("launch data %j is refused", (json) => {
    expect(parseLaunchData(json)).toBeNull();
  });

  test("text and attributes are escaped", () => {
    expect(escapeHtml(`<a href="x">&</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
  });

  test.each([
    [311, 85, 2, 297.5],
    [311, 85, 3, (Math.floor((311 * 3) / 85) * 85) / 3],
    [311, 85, 2.625, (Math.floor((311 * 2.625) / 85) * 85) / 2.625],
    [40, 85, 1, 85],
  ])(
    "crispSize: %d CSS px for %d modules at DPR %d → %d CSS px, whole device pixels per module",
    (available, modules, dpr, expected) => {
      const size = crispSize(available, modules, dpr);
      expect(size).toBeCloseTo(expected, 6);
      const unit = (size * dpr) / modules;
      expect(Math.abs(unit - Math.round(unit))).toBeLessThan(1e-9);
      if (available * dpr >= modules) expect(size).toBeLessThanOrEqual(available);
    },
  );
});

describe("the served card screen is the app's own, and the app takes it over", () => {
  let db: ReturnType<typeof memoryDb>;
  beforeEach(() => {
    db = memoryDb();
    setOpenerForTests(db.opener);
    resetScreenFocus();
    window.history.replaceState(null, "", "/");
    const script = document.createElement("script");
    script.type = "module";
    script.setAttribute("src", BUILD);
    document.head.append(script);
    // jsdom lays nothing out: the QR's box is 316 CSS px wide here.
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(function (this: HTMLElement) {
      return this.classList.contains("qr__box") ? 316 : 0;
    });
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch"); // offline
    });
    // The clock stands still (10 s into a window): the countdown cannot tick between renders.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Math.floor(Date.now() / 30_000) * 30_000 + 10_000);
  });
  afterEach(() => {
    setOpenerForTests(undefined);
    document.head.querySelector(`script[src="${BUILD}"]`)?.remove();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  test("snapshot → served page with a new QR → the app renders into it, reusing every element", async () => {
    const issuer = await makeIssuer();
    const device = await makeDevice();
    const stored = localCard(await makeCard(issuer, device), device);
    await db.put("card", "current", stored.card);
    await db.put("device", "current", stored.device);
    await restartBoot();

    // The app shows the card; its snapshot is what the next launch will be served with.
    const first = document.createElement("div");
    first.id = "app";
    document.body.append(first);
    await act(() => {
      render(<App />, first);
    });
    const snapshot = captureLaunchSnapshot(first, {
      jws: stored.card.jws,
      lang: "es",
      label: "Código QR de su carnet. Cambia cada 30 segundos.",
      countdown: "Nuevo código en {seconds} s",
    });
    if (snapshot === null) throw new Error("no snapshot of the card screen");
    expect(isServableSnapshot(snapshot, stored.card.jws, SHELL)).toBe(true);
    expect(snapshot.before).toContain("María Fernanda Quishpe Chimbo");
    expect(`${snapshot.before}${snapshot.after}`).not.toContain("figure");
    const rendered = first.querySelector("figure.qr");
    const text = rendered?.getAttribute("data-qr-text") ?? "";
    const seconds = Number(rendered?.querySelector("progress")?.getAttribute("value"));
    render(null, first);
    first.remove();

    // The service worker's page: the snapshot around a QR figure drawn from the same text.
    const matrix = qrMatrix(text);
    const side = matrix.size + 2 * QUIET_ZONE;
    const figure = qrFigureHtml({
      text,
      matrix,
      size: crispSize(snapshot.qr.available, side, snapshot.qr.dpr),
      label: snapshot.qr.label,
      countdown: snapshot.qr.countdown.replace("{seconds}", String(seconds)),
      secondsLeft: seconds,
      windowSec: 30,
    });
    const windowNumber = presentationWindow(Math.floor(Date.now() / 1000));
    const page = new DOMParser().parseFromString(
      `<body>${launchApp(snapshot, "es-EC", figure, { jws: stored.card.jws, window: windowNumber, text, ms: 1 })}</body>`,
      "text/html",
    );
    const served = page.getElementById("app") as HTMLElement;
    expect(served.querySelector(`[elementtiming="${QR_ELEMENT_TIMING}"]`)?.textContent).toBe(
      `Nuevo código en ${seconds} s`,
    );
    const svg = served.querySelector("svg.qr__svg");
    expect(svg?.getAttribute("width")).toBe(String(crispSize(316, side, window.devicePixelRatio)));

    // The app renders into the served DOM: it keeps the very same elements.
    served.removeAttribute("lang");
    const servedCopy = served.cloneNode(true) as HTMLElement;
    const app = document.adoptNode(served);
    document.body.append(app);
    // (The header icon's markup is set again on a first render, as Preact does for every
    // dangerouslySetInnerHTML it did not set itself: eight shapes, after the first paint.)
    const before = [...app.querySelectorAll("*")].filter(
      (element) => element.closest(".brand__icon > svg") === null,
    );
    await act(() => {
      render(<App />, app);
    });
    for (const element of before) expect(element.isConnected, element.outerHTML.slice(0, 80)).toBe(true);
    // Nothing but the symbol's sizing differs: the served width and height, the app's CSS step.
    const live = app.cloneNode(true) as HTMLElement;
    for (const node of [live, servedCopy]) {
      for (const skipped of node.querySelectorAll("[data-launch-skip]")) skipped.remove();
      const qr = node.querySelector("svg.qr__svg");
      for (const name of ["width", "height", "style"]) qr?.removeAttribute(name);
      node.normalize(); // Preact keeps "a · b" as three text nodes; the parser makes one
    }
    if (!live.isEqualNode(servedCopy)) expect(live.outerHTML).toBe(servedCopy.outerHTML); // shows the difference
    expect(live.isEqualNode(servedCopy)).toBe(true);
    expect(live.querySelector("figure.qr")?.getAttribute("data-qr-text")).toBe(text);
    render(null, app);
  });
});
