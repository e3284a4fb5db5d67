import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "./axe.ts";
import { baseUrl } from "./base-url.ts";
import { type LaunchedBrowser, launchBrowser } from "./browser.ts";
import { waitForShell, watchProblems } from "./journey.ts";
import { screenshot } from "./screenshots.ts";

// The harness must be able to fail: these prove its checks see real problems.
describe("e2e harness", () => {
  let chromium: LaunchedBrowser;
  beforeAll(async () => {
    chromium = await launchBrowser();
  });
  afterAll(async () => {
    await chromium?.close();
  });

  test("axe reports a violation the page really has", async () => {
    const context = await chromium.newContext(baseUrl());
    try {
      const page = await context.newPage();
      await page.goto("/");
      await waitForShell(page);
      await page.evaluate(() => {
        const img = document.createElement("img");
        img.src = "/icons/teacher-192.png";
        document.querySelector("main")?.append(img);
      });
      const ids = (await axeViolations(page)).map((v) => v.id);
      expect(ids).toContain("image-alt");
    } finally {
      await context.close();
    }
  });

  test("the served CSP refuses inline script and the watcher records it", async () => {
    const context = await chromium.newContext(baseUrl());
    try {
      const problems = watchProblems(context);
      const page = await context.newPage();
      await page.goto("/");
      await waitForShell(page);
      const ran = await page.evaluate(async () => {
        const script = document.createElement("script");
        script.textContent = "window.inlineRan = true";
        document.head.append(script);
        await new Promise((resolve) => setTimeout(resolve, 50));
        return "inlineRan" in window;
      });
      expect(ran).toBe(false);
      await expect.poll(() => problems.cspViolations.length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  test("screenshots land in test-results/screenshots as PNG files", async () => {
    const context = await chromium.newContext(baseUrl());
    try {
      const page = await context.newPage();
      await page.goto("/verificar");
      await waitForShell(page);
      const path = await screenshot(page, "harness-check");
      expect(path).toMatch(/test-results\/screenshots\/harness-check\.png$/);
      const bytes = await readFile(path);
      expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    } finally {
      await context.close();
    }
  });
});
