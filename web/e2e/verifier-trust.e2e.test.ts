/**
 * The verifier's trust data in a real browser: refreshed by the service worker (periodic
 * background sync, dispatched through the DevTools protocol as the browser would), stale past
 * the status list's `ttl`, and a warning when this device's clock is off the server's.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "./axe.ts";
import { baseUrl } from "./base-url.ts";
import { type LaunchedBrowser, launchBrowser } from "./browser.ts";
import { waitForController } from "./journey.ts";
import { screenshot } from "./screenshots.ts";
import { issuerFromStack, makeTestCard, type TestCard } from "./verifier-cards.ts";

const TRUST_SYNC_TAG = "carnet-verificador-trust";

async function openReady(context: BrowserContext, withServiceWorker: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.goto("/verificar");
  await page.locator(".trust__age").waitFor({ timeout: 15_000 });
  if (withServiceWorker) {
    await waitForController(page);
    await page.getByText("La aplicación ya funciona sin conexión.").waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "Entendido" }).click();
  }
  return page;
}

/** The status list token stored in IndexedDB ("carnet-verificador"), or null. */
function storedStatusList(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open("carnet-verificador");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction("trust").objectStore("trust").get("bundle");
          get.onsuccess = () => {
            resolve((get.result as { statusList?: string } | undefined)?.statusList ?? null);
            db.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

describe("verifier trust data", () => {
  let chromium: LaunchedBrowser;
  let card: TestCard;
  beforeAll(async () => {
    chromium = await launchBrowser();
    card = await makeTestCard(await issuerFromStack());
  });
  afterAll(async () => {
    await chromium?.close();
  });

  test("the service worker refreshes it on a periodic sync; the open page takes the new data", async () => {
    const context = await chromium.newContext(baseUrl());
    try {
      const fromWorker: string[] = [];
      context.on("request", (request) => {
        if (
          request.serviceWorker() !== null &&
          /\/(api\/status-list|\.well-known\/jwks\.json)$/.test(request.url())
        ) {
          fromWorker.push(new URL(request.url()).pathname);
        }
      });
      const page = await openReady(context, true);
      const before = await storedStatusList(page);
      expect(before).toMatch(/^ey/);
      await page.waitForTimeout(1_100); // the next list has another `iat`, so another token

      const cdp = await context.newCDPSession(page);
      const registered = new Promise<string>((resolve) => {
        cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
          const live = registrations.find((r) => !r.isDeleted && r.scopeURL === `${baseUrl()}/`);
          if (live) resolve(live.registrationId);
        });
      });
      await cdp.send("ServiceWorker.enable");
      await cdp.send("ServiceWorker.dispatchPeriodicSyncEvent", {
        origin: baseUrl(),
        registrationId: await registered,
        tag: TRUST_SYNC_TAG,
      });

      let after = before;
      for (let i = 0; i < 50 && after === before; i++) {
        await page.waitForTimeout(100);
        after = await storedStatusList(page);
      }
      expect(after).not.toBe(before);
      expect(fromWorker.sort()).toEqual(["/.well-known/jwks.json", "/api/status-list"]);
      await cdp.detach();
    } finally {
      await context.close();
    }
  });

  test("offline past the status list's ttl (12 h): a warning, and results turn amber", async () => {
    const context = await chromium.newContext(baseUrl());
    try {
      const page = await openReady(context, true);
      await context.setOffline(true);
      await page.clock.setFixedTime(Date.now() + 13 * 3600 * 1000);
      const reload = await page.reload();
      expect(reload?.fromServiceWorker()).toBe(true);
      const warnings = page.locator(".trust__warnings");
      await warnings.waitFor({ timeout: 10_000 });
      expect(await warnings.textContent()).toContain(
        "La lista de carnets anulados de este verificador está desactualizada.",
      );
      expect(await warnings.textContent()).toContain("cada 12 h");
      expect(await page.locator(".trust__age").textContent()).toBe("Datos actualizados hace 13 h.");
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, "verifier-stale-es");

      // A static copy (valid for the card's whole life) checked now: amber, with the warning.
      await page.getByLabel("Código del carnet").fill(card.jws);
      await page.keyboard.press("Enter");
      await page.locator(".result").waitFor();
      expect(await page.locator(".result").getAttribute("data-tone")).toBe("caution");
      expect(await page.locator(".result").textContent()).toContain("desactualizada");
    } finally {
      await context.close();
    }
  });

  test("warns when this device's clock is off the server's by more than the tolerance", async () => {
    const context = await chromium.newContext(baseUrl(), { serviceWorkers: "block" });
    try {
      // The server's clock says 20 minutes earlier than this device's.
      await context.route(/\/api\/status-list$/, async (route) => {
        const response = await route.fetch();
        const date = new Date(Date.now() - 20 * 60 * 1000).toUTCString();
        await route.fulfill({ response, headers: { ...response.headers(), date } });
      });
      const page = await openReady(context, false);
      const warnings = page.locator(".trust__warnings");
      await warnings.waitFor({ timeout: 10_000 });
      expect(await warnings.textContent()).toContain("difiere 20 minutos de la del servidor");
      await page.getByLabel("Código del carnet").fill(await card.present());
      await page.keyboard.press("Enter");
      await page.locator(".result").waitFor();
      expect(await page.locator(".result").getAttribute("data-tone")).toBe("caution");
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, "verifier-clock-warning-es");
    } finally {
      await context.close();
    }
  });
});
