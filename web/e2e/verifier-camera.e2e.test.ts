/**
 * The verifier end to end in Debian Chromium, with a fake camera: Chromium plays a Y4M clip
 * made here from a screenshot of a live QR code (a card signed with the stack's issuer key).
 * Against the real Worker (JWKS, status list) from the global setup.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "./axe.ts";
import { baseUrl } from "./base-url.ts";
import { type LaunchedBrowser, launchBrowser } from "./browser.ts";
import { makeClip } from "./fake-camera/clip.ts";
import { type PageProblems, waitForController, watchProblems } from "./journey.ts";
import { screenshot } from "./screenshots.ts";
import { issuerFromStack, makeTestCard, screenshotOfQr, type TestCard } from "./verifier-cards.ts";

interface Shown {
  tone: string | null;
  headline: string;
  text: string;
}

async function waitForResult(page: Page, timeout = 20_000): Promise<Shown> {
  const panel = page.locator(".result");
  try {
    await panel.waitFor({ timeout });
  } catch (error) {
    const camera = await page.locator(".camera__message").textContent();
    const upload = await page.locator(".upload__status").textContent();
    throw new Error(`no result; the camera says: ${camera}; the image upload says: ${upload}`, {
      cause: error,
    });
  }
  return {
    tone: await panel.getAttribute("data-tone"),
    headline: (await panel.locator("h2").textContent()) ?? "",
    text: (await panel.textContent()) ?? "",
  };
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** Axe and a screenshot in Spanish, then in English, then back to Spanish. */
async function checkBothLanguages(page: Page, name: string, english: RegExp): Promise<void> {
  await expectNoAxeViolations(page);
  await screenshot(page, `${name}-es`);
  await page.getByRole("button", { name: "English" }).click();
  expect(await page.locator(".result h2").textContent()).toMatch(english);
  await expectNoAxeViolations(page);
  await screenshot(page, `${name}-en`);
  await page.getByRole("button", { name: "Español" }).click();
}

async function openVerifier(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto("/verificar");
  expect(response?.status()).toBe(200);
  return page;
}

/** The verifier has fetched and stored the trust data (its age is shown). */
async function waitForTrust(page: Page): Promise<void> {
  await page.locator(".trust__age").waitFor({ timeout: 15_000 });
}

/** The first visit installs the service worker: dismiss its "works offline now" notice. */
async function dismissOfflineReady(page: Page): Promise<void> {
  await waitForController(page);
  await page.getByText("La aplicación ya funciona sin conexión.").waitFor({ timeout: 15_000 });
  await page.getByRole("button", { name: "Entendido" }).click();
}

function expectClean(problems: PageProblems): void {
  expect(problems.cspViolations).toEqual([]);
  expect(problems.errors).toEqual([]);
}

describe("verifier: camera, keyboard wedge, offline", () => {
  let plain: LaunchedBrowser;
  let issuer: Awaited<ReturnType<typeof issuerFromStack>>;
  let card: TestCard;
  const cameraBrowsers: LaunchedBrowser[] = [];

  beforeAll(async () => {
    plain = await launchBrowser();
    issuer = await issuerFromStack();
    card = await makeTestCard(issuer);
  });
  afterAll(async () => {
    await plain?.close();
    for (const b of cameraBrowsers) await b.close();
  });

  /** A browser whose camera shows a screenshot of `qrText`. */
  async function cameraBrowserShowing(qrText: string, name: string): Promise<LaunchedBrowser> {
    const context = await plain.newContext(baseUrl());
    let png: Buffer;
    try {
      png = await screenshotOfQr(await context.newPage(), qrText);
    } finally {
      await context.close();
    }
    // A little sensor noise, different in each of the clip's frames, as a real camera has.
    const clip = await makeClip({ png }, { side: 350, noise: 2, frames: 8, name });
    const browser = await launchBrowser(clip.chromiumArgs);
    cameraBrowsers.push(browser);
    return browser;
  }

  async function cameraContext(browser: LaunchedBrowser): Promise<BrowserContext> {
    const context = await browser.newContext(baseUrl());
    await context.grantPermissions(["camera"], { origin: baseUrl() });
    return context;
  }

  test("offline after one online visit: the live QR from the camera is valid; 3 minutes later it has expired", async () => {
    const presentedAt = Math.floor(Date.now() / 1000);
    const browser = await cameraBrowserShowing(await card.present(presentedAt), "live-qr");
    const context = await cameraContext(browser);
    try {
      const problems = watchProblems(context);
      const page = await openVerifier(context);
      await dismissOfflineReady(page);
      await waitForTrust(page);

      // Offline from here on: the service worker serves the page, IndexedDB the trust data,
      // and the precache the QR decoder.
      await context.setOffline(true);
      const offline = await page.reload();
      expect(offline?.fromServiceWorker()).toBe(true);
      await waitForTrust(page);
      await page.getByText("Sin conexión", { exact: true }).waitFor();

      await page.getByRole("button", { name: "Activar cámara" }).click();
      const valid = await waitForResult(page);
      expect(valid.tone).toBe("valid");
      expect(valid.headline).toBe("Carnet válido");
      for (const detail of [
        "Jorge Cedeño Zambrano",
        "Rector/a",
        "13H00123",
        "13D01",
        "Manabí",
        "termina en 2389",
      ]) {
        expect(valid.text).toContain(detail);
      }
      expect(await page.getByTestId("result-announcement").textContent()).toContain("Carnet válido");
      // Camera result: the focus is on "scan next".
      // Focus moves in an effect, after the result is painted.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe("Escanear siguiente");
      await checkBothLanguages(page, "verifier-valid-live", /^Valid card$/);

      // The same frames, with this device's clock 3 minutes (and a few seconds) later.
      await page.clock.setFixedTime((presentedAt + 185) * 1000);
      await page.getByRole("button", { name: "Escanear siguiente" }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("camera-heading");
      const expired = await waitForResult(page);
      expect(expired.tone).toBe("invalid");
      expect(expired.headline).toBe("No válido");
      expect(expired.text).toContain("puede ser una foto o una captura de pantalla");
      await checkBothLanguages(page, "verifier-qr-expired", /^Not valid$/);

      expectClean(problems);
    } finally {
      await context.close();
    }
  });

  test("a QR code of unrelated text: 'not a card QR'", async () => {
    const browser = await cameraBrowserShowing("https://www.educacion.gob.ec/?promo=2026", "not-a-card");
    const context = await cameraContext(browser);
    try {
      const problems = watchProblems(context);
      const page = await openVerifier(context);
      await waitForTrust(page);
      await dismissOfflineReady(page);
      await page.getByRole("button", { name: "Activar cámara" }).click();
      const shown = await waitForResult(page);
      expect(shown.tone).toBe("invalid");
      expect(shown.text).toContain("Este código no es un Carnet Docente Digital.");
      await checkBothLanguages(page, "verifier-not-a-card", /^Not valid$/);
      expectClean(problems);
    } finally {
      await context.close();
    }
  });

  test("a keyboard-wedge scanner types the QR text and Enter: valid; with nothing focused it still lands", async () => {
    const context = await plain.newContext(baseUrl());
    try {
      const problems = watchProblems(context);
      const page = await openVerifier(context);
      await waitForTrust(page);
      await dismissOfflineReady(page);
      await page.getByLabel("Código del carnet").click();
      await page.keyboard.type(await card.present(), { delay: 0 });
      await page.keyboard.press("Enter");
      const shown = await waitForResult(page);
      expect(shown.tone).toBe("valid");
      expect(shown.text).toContain("Jorge Cedeño Zambrano");
      // The field keeps the focus and is empty, ready for the next scan.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("capture-code");
      expect(await page.getByLabel("Código del carnet").inputValue()).toBe("");
      await screenshot(page, "verifier-wedge-valid-es");

      // A static copy (the card alone), scanned while nothing has the focus.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.type(card.jws, { delay: 0 });
      await page.keyboard.press("Enter");
      await page.locator(".result[data-tone=caution]").waitFor({ timeout: 10_000 });
      const copy = await waitForResult(page);
      expect(copy.headline).toBe("Válido — copia estática");
      expect(copy.text).toContain("Pida la cédula");
      await checkBothLanguages(page, "verifier-static-copy", /^Valid — static copy$/);
      expectClean(problems);
    } finally {
      await context.close();
    }
  });

  test("an image of the QR, pasted text, an image without a QR, and a megabyte of junk", async () => {
    const context = await plain.newContext(baseUrl());
    try {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl() });
      const problems = watchProblems(context);
      const scratch = await context.newPage();
      const qrPng = await screenshotOfQr(scratch, await card.present());
      await scratch.setContent('<div id="qr" style="width:300px;height:300px;background:#fafafa"></div>');
      const blankPng = await scratch.locator("#qr").screenshot();
      await scratch.close();

      const page = await openVerifier(context);
      await waitForTrust(page);
      await dismissOfflineReady(page);
      const upload = page.locator("#upload-file");
      await upload.setInputFiles({ name: "carnet.png", mimeType: "image/png", buffer: qrPng });
      const fromImage = await waitForResult(page);
      expect(fromImage.tone).toBe("valid");
      expect(fromImage.text).toContain("Jorge Cedeño Zambrano");
      // Focus moves in an effect, after the result is painted.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe("Escanear siguiente");
      await page.getByRole("button", { name: "Escanear siguiente" }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("upload-file");

      await upload.setInputFiles({ name: "foto.png", mimeType: "image/png", buffer: blankPng });
      await page.getByText("No se encontró un código QR en la imagen.").waitFor();
      expect(await page.locator(".result").count()).toBe(0);

      // Pasted from the clipboard into the capture field.
      const text = await card.present();
      await page.evaluate((t) => navigator.clipboard.writeText(t), text);
      await page.getByLabel("Código del carnet").click();
      await page.keyboard.press("ControlOrMeta+V");
      await page.keyboard.press("Enter");
      expect((await waitForResult(page)).tone).toBe("valid");

      // Any size of junk: a clear reason, the page stays alive.
      await page.getByLabel("Código del carnet").fill("7".repeat(1_000_000));
      await page.keyboard.press("Enter");
      await page
        .locator(".result li", { hasText: "El código es demasiado grande para ser un carnet." })
        .waitFor();
      expectClean(problems);
    } finally {
      await context.close();
    }
  });

  test("a verifier that has never been online says it cannot verify yet, and never 'valid'", async () => {
    const context = await plain.newContext(baseUrl(), { serviceWorkers: "block" });
    try {
      await context.route(/\/(\.well-known\/jwks\.json|api\/status-list)$/, (route) =>
        route.abort("internetdisconnected"),
      );
      const page = await openVerifier(context);
      await page.locator(".trust--none").waitFor();
      expect(await page.locator("main h2").first().textContent()).toBe("Todavía no puede verificar carnets");
      await page.getByText("No se pudieron descargar los datos").waitFor();
      await page.getByLabel("Código del carnet").fill(await card.present());
      await page.getByRole("button", { name: "Verificar", exact: true }).click();
      const shown = await waitForResult(page);
      expect(shown.tone).toBe("unknown");
      expect(shown.headline).toBe("No se puede verificar");
      expect(await page.locator("main").textContent()).not.toContain("Carnet válido");
      await checkBothLanguages(page, "verifier-no-trust", /^Cannot verify$/);
    } finally {
      await context.close();
    }
  });
});
