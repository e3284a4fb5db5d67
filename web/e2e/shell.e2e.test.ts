import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "./axe.ts";
import { baseUrl } from "./base-url.ts";
import { type LaunchedBrowser, launchBrowser } from "./browser.ts";
import { mainHeading, waitForController, watchProblems } from "./journey.ts";
import { screenshot } from "./screenshots.ts";

const pages = [
  {
    name: "teacher",
    path: "/",
    title: { es: "Carnet Docente Digital", en: "Carnet Docente Digital" },
    heading: { es: "Le damos la bienvenida", en: "Welcome" },
    ready: "main h2",
    manifest: "/manifest.webmanifest",
    startUrl: "/",
  },
  {
    name: "verifier",
    path: "/verificar",
    title: { es: "Verificador", en: "Verifier" },
    // Online, the verifier fetches its trust data at once and shows how fresh it is.
    heading: { es: "Datos de verificación", en: "Verification data" },
    ready: ".trust__age",
    manifest: "/verificar.webmanifest",
    startUrl: "/verificar",
  },
] as const;

/** The page's first heading, once the page has rendered what marks it ready. */
async function headingWhenReady(page: Page, ready: string): Promise<string> {
  await page.locator(ready).first().waitFor({ timeout: 10_000 });
  return mainHeading(page);
}

describe("PWA shell", () => {
  let chromium: LaunchedBrowser;
  beforeAll(async () => {
    chromium = await launchBrowser();
  });
  afterAll(async () => {
    await chromium?.close();
  });

  for (const app of pages) {
    test(`${app.path}: installs, passes axe in es and en, and reloads offline from the service worker`, async () => {
      const context = await chromium.newContext(baseUrl());
      try {
        const problems = watchProblems(context);
        const page = await context.newPage();

        const first = await page.goto(app.path);
        expect(first?.status()).toBe(200);
        expect(first?.headers()["content-security-policy"]).toContain("script-src 'self'");
        expect(await page.locator("header h1").textContent()).toBe(app.title.es);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe("es-EC");
        expect(await headingWhenReady(page, app.ready)).toBe(app.heading.es);

        // Its own manifest, with its own start URL.
        const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
        expect(manifestHref).toBe(app.manifest);
        const manifest = await (await context.request.get(app.manifest)).json();
        expect(manifest.start_url).toBe(app.startUrl);
        expect(manifest.lang).toBe("es-EC");

        await waitForController(page);
        await page.getByText("La aplicación ya funciona sin conexión.").waitFor({ timeout: 10_000 });

        // Chromium parses the manifest without errors (installability: install.e2e.test.ts).
        const cdp = await context.newCDPSession(page);
        const { errors: manifestErrors } = await cdp.send("Page.getAppManifest");
        expect(manifestErrors).toEqual([]);
        await cdp.detach();
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `${app.name}-es`);
        await page.getByRole("button", { name: "Entendido" }).click();

        await page.getByRole("button", { name: "English" }).click();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
        expect(await headingWhenReady(page, app.ready)).toBe(app.heading.en);
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `${app.name}-en`);

        await context.setOffline(true);
        const offline = await page.reload();
        expect(offline?.fromServiceWorker()).toBe(true);
        expect(await page.locator("header h1").textContent()).toBe(app.title.en);
        expect(await headingWhenReady(page, app.ready)).toBe(app.heading.en); // the language choice persisted
        await page.getByText("Offline", { exact: true }).waitFor({ timeout: 5_000 });
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `${app.name}-offline-en`);

        expect(problems.cspViolations).toEqual([]);
        expect(problems.errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  test("caching headers: the worker script is revalidated, hashed assets are immutable", async () => {
    const context = await chromium.newContext(baseUrl());
    try {
      const sw = await context.request.get("/sw.js");
      expect(sw.status()).toBe(200);
      expect(sw.headers()["cache-control"]).toContain("no-cache");
      const html = await (await context.request.get("/")).text();
      const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
      expect(asset).toBeDefined();
      const script = await context.request.get(asset as string);
      expect(script.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(script.headers()["x-content-type-options"]).toBe("nosniff");
      const api = await context.request.get("/api/health");
      expect(api.headers()["cache-control"] ?? "").not.toContain("immutable");
    } finally {
      await context.close();
    }
  });

  test("desktop layout passes axe (screenshots for review)", async () => {
    const context = await chromium.newContext(baseUrl(), {
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      isMobile: false,
      hasTouch: false,
    });
    try {
      const page = await context.newPage();
      for (const app of pages) {
        await page.goto(app.path);
        expect(await headingWhenReady(page, app.ready)).toBe(app.heading.es);
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `${app.name}-desktop-es`);
      }

      // Keyboard: the first Tab shows the skip link, which moves focus to <main>.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip-link");
      await screenshot(page, "verifier-desktop-skip-link-focus");
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
      await page.keyboard.press("Shift+Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("English");
      await screenshot(page, "verifier-desktop-lang-focus");
    } finally {
      await context.close();
    }
  });

  test("offline, every app path gets its shell from the cache and the API goes to the network", async () => {
    const context = await chromium.newContext(baseUrl());
    try {
      const problems = watchProblems(context);
      const page = await context.newPage();
      await page.goto("/");
      await waitForController(page);
      await context.setOffline(true);

      for (const [path, title] of [
        ["/verificar", "Verificador"],
        ["/verificar?origen=qr", "Verificador"],
        ["/aliados", "Carnet Docente Digital"],
        ["/admin", "Carnet Docente Digital"],
        ["/", "Carnet Docente Digital"],
      ] as const) {
        const response = await page.goto(path);
        expect(response?.fromServiceWorker(), path).toBe(true);
        expect(await page.locator("header h1").textContent(), path).toBe(title);
      }

      // Never cached: offline, /api/* fails instead of being answered by the worker.
      const api = await page.evaluate(async () => {
        try {
          const response = await fetch("/api/health");
          return `status ${response.status}`;
        } catch {
          return "network error";
        }
      });
      expect(api).toBe("network error");
      expect(problems.cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
