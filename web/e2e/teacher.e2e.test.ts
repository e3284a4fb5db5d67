import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { verifyPresentation } from "#shared/card/presentation";
import { isRevoked } from "#shared/status-list/verify";
import { axeViolations } from "./axe.ts";
import { baseUrl } from "./base-url.ts";
import { type LaunchedBrowser, launchBrowser } from "./browser.ts";
import { waitForController, watchProblems } from "./journey.ts";
import { type RewriteProxy, startRewriteProxy } from "./rewrite-proxy.ts";
import { screenshot } from "./screenshots.ts";
import {
  acceptAgreement,
  decodeQrOnScreen,
  fetchTrust,
  launchSnapshotSaved,
  logIn,
  qrModulePixels,
  qrTextAttribute,
  servedLaunchData,
  storedRecords,
  submitCedula,
  waitForCard,
} from "./teacher-flow.ts";

// This file's own demo account (bind state lives in D1 for the whole run).
const EMAIL = "maria.quishpe@educacion.gob.ec";
const CEDULA = "1707418388";
const NAME = "María Fernanda Quishpe Chimbo";
/** A valid cédula that is not María's: the server must say it does not match. */
const SOMEONE_ELSES_CEDULA = "1356962389";

const nowSec = () => Math.floor(Date.now() / 1000);

/** axe in Spanish and in English, with a screenshot of each; back to Spanish afterwards. */
async function checkBothLanguages(page: import("playwright-core").Page, name: string): Promise<void> {
  expect(await axeViolations(page), `${name} (es)`).toEqual([]);
  await screenshot(page, `teacher-${name}-es`);
  await page.getByRole("button", { name: "English" }).click();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  expect(await axeViolations(page), `${name} (en)`).toEqual([]);
  await screenshot(page, `teacher-${name}-en`);
  await page.getByRole("button", { name: "Español" }).click();
}

describe("teacher journey", () => {
  let chromium: LaunchedBrowser;
  let proxy: RewriteProxy;
  beforeAll(async () => {
    // The whole journey runs through a proxy so that a new service worker version can be
    // published half-way (see rewrite-proxy.ts); the session cookie is host-wide.
    proxy = await startRewriteProxy(baseUrl());
    chromium = await launchBrowser();
  });
  afterAll(async () => {
    await chromium?.close();
    await proxy?.close();
  });

  test("log in → cédula → agreement → live card that verifies → offline → update → withdraw", async () => {
    const context = await chromium.newContext(proxy.url);
    try {
      const problems = watchProblems(context);
      const page = await context.newPage();

      // Welcome, and a failed log-in coming back from the identity provider.
      await page.goto("/?login_error=denied");
      await page.getByRole("alert").getByText("Se canceló el ingreso.", { exact: false }).waitFor();
      expect(new URL(page.url()).search).toBe(""); // the code is taken off the address
      await waitForController(page);
      await page.getByRole("button", { name: "Entendido" }).click(); // "works offline" notice
      await checkBothLanguages(page, "welcome-login-error");

      // Log in through the real dev OpenID Provider.
      await logIn(page, EMAIL, proxy.url);
      const cedulaHeading = page.getByRole("heading", { name: "Registre su cédula" });
      await cedulaHeading.waitFor({ timeout: 15_000 });
      await checkBothLanguages(page, "cedula");

      // A mistyped cédula: caught on the device, linked to the field, nothing lost.
      const field = page.getByLabel("Número de cédula");
      await submitCedula(page, "1707418389");
      const error = page.locator("#cedula-error");
      await expect.poll(() => error.textContent()).toContain("no es correcto");
      expect(await field.inputValue()).toBe("1707418389");
      expect(await field.getAttribute("aria-invalid")).toBe("true");
      expect(await field.getAttribute("aria-describedby")).toContain("cedula-error");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("cedula");

      // Somebody else's valid cédula: the server says it does not match, and how many tries are left.
      await submitCedula(page, SOMEONE_ELSES_CEDULA);
      await expect.poll(() => error.textContent()).toContain("no coincide");
      expect(await error.textContent()).toContain("Le quedan 4 intentos.");
      expect(await field.inputValue()).toBe(SOMEONE_ELSES_CEDULA);
      await checkBothLanguages(page, "cedula-mismatch");

      // The right one → the agreement, in full.
      await submitCedula(page, CEDULA);
      await page
        .getByRole("heading", { name: "Acuerdo de datos seguros — Carnet Docente Digital" })
        .waitFor();
      expect(await page.locator("main h3").count()).toBeGreaterThanOrEqual(6);
      await page.getByRole("button", { name: "Aceptar y obtener mi carnet" }).click();
      await page.locator("#consent-error").getByText("Marque la casilla").waitFor();
      await checkBothLanguages(page, "consent");
      await acceptAgreement(page);

      // The card, with a live QR that the shared verifier accepts.
      await waitForCard(page);
      expect(await page.locator(".carnet__name").textContent()).toBe(NAME);
      expect(await page.locator(".carnet__post").textContent()).toBe("Docente");
      expect(await page.locator(".carnet").textContent()).toContain("termina en 8388");
      await expect.poll(() => page.getByRole("timer").textContent()).toMatch(/^Nuevo código en \d+ s$/);
      // Whole device pixels per module, as large as the box allows.
      const { perModule, fits } = await qrModulePixels(page);
      expect(perModule).toBeGreaterThanOrEqual(2);
      expect(Math.abs(perModule - Math.round(perModule))).toBeLessThan(1e-6);
      expect(fits).toBe(true);
      // What is drawn is what the page says it shows (the code may turn over during the screenshot).
      const shownBefore = await qrTextAttribute(page);
      const drawn = await decodeQrOnScreen(page, chromium.browser);
      expect([shownBefore, await qrTextAttribute(page)]).toContain(drawn);
      let trust = await fetchTrust();
      const live = await verifyPresentation(drawn, trust, nowSec());
      expect(live).toMatchObject({ valid: true, kind: "live", claims: { n: NAME, p: "doc", c4: "8388" } });
      const sli = live.valid ? live.claims.sli : -1;
      await checkBothLanguages(page, "card");

      // The device key is in IndexedDB and cannot be read out.
      const keyState = await page.evaluate(
        () =>
          new Promise<{ extractable: boolean; usages: string[] }>((resolve, reject) => {
            const open = indexedDB.open("carnet-docente");
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const get = open.result.transaction("device").objectStore("device").get("current");
              get.onsuccess = () => {
                const key = (get.result as { privateKey: CryptoKey }).privateKey;
                resolve({ extractable: key.extractable, usages: [...key.usages] });
                open.result.close();
              };
            };
          }),
      );
      expect(keyState).toEqual({ extractable: false, usages: ["sign"] });

      // Offline: reload → the card and a fresh QR come from the device alone. The service worker
      // serves the page with the card and a QR it has just signed already in it (web/src/sw/launch.ts).
      await expect.poll(() => launchSnapshotSaved(page), { timeout: 10_000 }).toBe(true);
      await context.setOffline(true);
      const offline = await page.reload();
      expect(offline?.fromServiceWorker()).toBe(true);
      await waitForCard(page);
      const served = await servedLaunchData(page);
      expect(served?.jws).toBeDefined();
      expect(await verifyPresentation(served?.text ?? "", trust, nowSec())).toMatchObject({
        valid: true,
        kind: "live",
        claims: { n: NAME },
      });
      expect(served?.text).not.toBe(drawn);
      await page.getByText("Sin conexión", { exact: true }).waitFor();
      expect(await page.locator(".carnet__name").textContent()).toBe(NAME);
      const offlineQr = await qrTextAttribute(page);
      expect(offlineQr).not.toBe(drawn); // a new device signature
      expect(await verifyPresentation(offlineQr, trust, nowSec())).toMatchObject({
        valid: true,
        kind: "live",
      });
      await checkBothLanguages(page, "card-offline");

      // A new version of the app is published: it waits, the user is asked, the card survives.
      await context.setOffline(false);
      proxy.rewrite("/sw.js", (body) =>
        Buffer.concat([body, Buffer.from("\n// teacher journey: next version\n")]),
      );
      await page.reload();
      await page.getByText("Hay una nueva versión.").waitFor({ timeout: 15_000 });
      await waitForCard(page);
      await checkBothLanguages(page, "update-prompt");
      await Promise.all([
        page.waitForEvent("load", { timeout: 15_000 }),
        page.getByRole("button", { name: "Actualizar" }).click(),
      ]);
      await waitForCard(page);
      expect(await page.getByText("Hay una nueva versión.").count()).toBe(0);
      expect(await verifyPresentation(await qrTextAttribute(page), trust, nowSec())).toMatchObject({
        valid: true,
      });
      proxy.rewrite("/sw.js", undefined);

      // My data → withdraw consent (confirmed) → the card is gone here and revoked for verifiers.
      await page.getByRole("link", { name: "Mis datos" }).click();
      await page.getByRole("heading", { name: "Mis datos", exact: true }).waitFor();
      await checkBothLanguages(page, "my-data");
      await page.getByRole("button", { name: "Retirar mi consentimiento" }).click();
      await page.getByRole("heading", { name: "¿Retirar su consentimiento?" }).waitFor();
      await checkBothLanguages(page, "withdraw-confirm");
      await page.getByRole("button", { name: "Sí, retirar y anular mi carnet" }).click();
      await page.getByText("Retiró su consentimiento", { exact: false }).waitFor({ timeout: 15_000 });
      expect(await page.locator("figure.qr").count()).toBe(0);
      await checkBothLanguages(page, "withdrawn");
      const stored = await storedRecords(page);
      expect(stored).toBe(0);
      await page.reload();
      await page
        .getByRole("heading", { name: "Acuerdo de datos seguros — Carnet Docente Digital" })
        .waitFor();
      expect(await page.locator("figure.qr").count()).toBe(0);
      expect(await servedLaunchData(page)).toBeNull(); // nothing of the card is served any more
      expect(await launchSnapshotSaved(page)).toBe(false);

      trust = await fetchTrust();
      expect(trust.status).not.toBeNull();
      expect(isRevoked(trust.status as NonNullable<typeof trust.status>, sli)).toBe(true);
      expect(await verifyPresentation(drawn, trust, nowSec())).toMatchObject({
        valid: false,
        reason: "REVOKED",
      });

      expect(problems.cspViolations).toEqual([]);
      // The browser logs every failed request; these two are the journey's own doing.
      const expected =
        /Failed to load resource: (the server responded with a status of 422|net::ERR_INTERNET_DISCONNECTED)/;
      expect(problems.errors.filter((error) => !expected.test(error))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
