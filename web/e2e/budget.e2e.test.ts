import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { baseUrl } from "./base-url.ts";
import { type LaunchedBrowser, launchBrowser } from "./browser.ts";
import { waitForController, waitForShell } from "./journey.ts";

/** DESIGN.md budgets: JavaScript gzip on first load (the verifier's before the camera decoder). */
const BUDGETS = [
  { path: "/", name: "teacher", maxGzipBytes: 35 * 1024 },
  { path: "/verificar", name: "verifier", maxGzipBytes: 60 * 1024 },
] as const;

describe("bundle budgets", () => {
  let chromium: LaunchedBrowser;
  beforeAll(async () => {
    chromium = await launchBrowser();
  });
  afterAll(async () => {
    await chromium?.close();
  });

  for (const budget of BUDGETS) {
    test(`${budget.path}: JavaScript on first load ≤ ${budget.maxGzipBytes / 1024} KB gzip`, async () => {
      const context = await chromium.newContext(baseUrl());
      try {
        const page = await context.newPage();
        const scripts = new Map<string, Promise<Buffer>>();
        page.on("response", (response) => {
          if (response.request().resourceType() === "script") scripts.set(response.url(), response.body());
        });
        await page.goto(budget.path);
        await waitForShell(page);
        await waitForController(page);
        let total = 0;
        const rows: string[] = [];
        for (const [url, body] of scripts) {
          const gzip = gzipSync(await body).length;
          total += gzip;
          rows.push(`  ${new URL(url).pathname}  ${(gzip / 1024).toFixed(2)} KB gzip`);
        }
        console.log(`${budget.name} first-load JS: ${(total / 1024).toFixed(2)} KB gzip\n${rows.join("\n")}`);
        expect(scripts.size).toBeGreaterThan(0);
        expect(total).toBeLessThanOrEqual(budget.maxGzipBytes);
      } finally {
        await context.close();
      }
    });
  }
});
