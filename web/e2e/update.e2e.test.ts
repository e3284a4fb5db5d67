import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "./axe.ts";
import { baseUrl } from "./base-url.ts";
import { type LaunchedBrowser, launchBrowser } from "./browser.ts";
import { waitForController, watchProblems } from "./journey.ts";
import { type RewriteProxy, startRewriteProxy } from "./rewrite-proxy.ts";
import { screenshot } from "./screenshots.ts";

/** Whether the registration has a worker installed and waiting to take over. */
const hasWaitingWorker = () =>
  navigator.serviceWorker.getRegistration().then((registration) => registration?.waiting != null);

describe("service worker update", () => {
  let chromium: LaunchedBrowser;
  let proxy: RewriteProxy;
  beforeAll(async () => {
    proxy = await startRewriteProxy(baseUrl());
    chromium = await launchBrowser();
  });
  afterAll(async () => {
    await chromium?.close();
    await proxy?.close();
  });

  test("a new version waits until the user accepts it, then takes over and the page reloads", async () => {
    const context = await chromium.newContext(proxy.url);
    try {
      const problems = watchProblems(context);
      const page = await context.newPage();
      await page.goto("/");
      await waitForController(page);
      await page.getByRole("button", { name: "Entendido" }).click();

      // Publish "a new version": the same worker script with a few more bytes.
      proxy.rewrite("/sw.js", (body) => Buffer.concat([body, Buffer.from("\n// next version\n")]));
      await page.reload();
      await page.getByText("Hay una nueva versión.").waitFor({ timeout: 15_000 });
      // Installed, but not activated behind the user's back.
      expect(await page.evaluate(hasWaitingWorker)).toBe(true);
      await page.waitForTimeout(500);
      expect(await page.evaluate(hasWaitingWorker)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, "teacher-update-prompt");

      await page.evaluate(() => {
        (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
      });
      await Promise.all([
        page.waitForEvent("load", { timeout: 15_000 }),
        page.getByRole("button", { name: "Actualizar" }).click(),
      ]);
      // A fresh page (the marker is gone), controlled by the new worker, nothing waiting.
      await waitForController(page);
      expect(await page.evaluate(() => "beforeUpdate" in window)).toBe(false);
      expect(await page.evaluate(hasWaitingWorker)).toBe(false);
      expect(await page.getByText("Hay una nueva versión.").count()).toBe(0);
      expect(problems.cspViolations).toEqual([]);
      expect(problems.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
