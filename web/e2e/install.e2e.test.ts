import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { baseUrl } from "./base-url.ts";
import { launchPersistentBrowser, type PersistentBrowser } from "./browser.ts";
import { waitForController, waitForShell } from "./journey.ts";

describe("installable apps", () => {
  let chromium: PersistentBrowser;
  beforeAll(async () => {
    chromium = await launchPersistentBrowser(baseUrl());
  });
  afterAll(async () => {
    await chromium?.close();
  });

  test.each([
    ["/", "/manifest.webmanifest", "/"],
    ["/verificar", "/verificar.webmanifest", "/verificar"],
  ])("%s is installable on its own (manifest %s, id %s)", async (path, manifestPath, id) => {
    const page = await chromium.context.newPage();
    try {
      await page.goto(path);
      await waitForShell(page);
      await waitForController(page);
      const cdp = await chromium.context.newCDPSession(page);
      const manifest = await cdp.send("Page.getAppManifest");
      expect(manifest.errors).toEqual([]);
      expect(new URL(manifest.url).pathname).toBe(manifestPath);
      const { appId } = await cdp.send("Page.getAppId");
      expect(new URL(appId ?? "").pathname).toBe(id);
      const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
      expect(installabilityErrors).toEqual([]);
      await cdp.detach();
    } finally {
      await page.close();
    }
  });
});
