import { writeFile } from "node:fs/promises";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { verifyPresentation } from "#shared/card/presentation";
import { axeViolations } from "./axe.ts";
import { baseUrl } from "./base-url.ts";
import { type LaunchedBrowser, launchBrowser } from "./browser.ts";
import { watchProblems } from "./journey.ts";
import { SCREENSHOT_DIR, screenshot } from "./screenshots.ts";
import { decodePngQr, fetchTrust, logIn, loginAndGetCard, storedRecords } from "./teacher-flow.ts";

// This file's own demo accounts (bind state lives in D1 for the whole run).
const INACTIVE = "carlos.yanez@educacion.gob.ec";
const DIRECTOR = {
  email: "ana.torres@educacion.gob.ec",
  cedula: "0959828518",
  name: "Ana Lucía Torres Vera",
};

const nowSec = () => Math.floor(Date.now() / 1000);
/** The app asks "who is logged in?" on launch; before log-in the browser logs that 401. */
const EXPECTED = /Failed to load resource: the server responded with a status of 401/;
const unexpected = (errors: string[]) => errors.filter((error) => !EXPECTED.test(error));

async function checkBothLanguages(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page), `${name} (es)`).toEqual([]);
  await screenshot(page, `teacher-${name}-es`);
  await page.getByRole("button", { name: "English" }).click();
  expect(await axeViolations(page), `${name} (en)`).toEqual([]);
  await screenshot(page, `teacher-${name}-en`);
  await page.getByRole("button", { name: "Español" }).click();
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent("download", { timeout: 15_000 }), click()])) as [
    Download,
    undefined,
  ];
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

describe("teacher screens", () => {
  let chromium: LaunchedBrowser;
  beforeAll(async () => {
    chromium = await launchBrowser();
  });
  afterAll(async () => {
    await chromium?.close();
  });

  test("an inactive account: told why and whom to ask, and can sign out", async () => {
    const context = await chromium.newContext(baseUrl());
    try {
      const problems = watchProblems(context);
      const page = await context.newPage();
      await page.goto("/");
      await logIn(page, INACTIVE);
      await page.getByRole("heading", { name: "No podemos emitir su carnet" }).waitFor({ timeout: 15_000 });
      expect(await page.locator("main").textContent()).toContain("no está activa");
      await checkBothLanguages(page, "not-eligible");
      await page.getByRole("button", { name: "Cerrar sesión" }).click();
      await page.getByText("Cerró sesión.", { exact: false }).waitFor();
      expect((await context.request.get("/api/me")).status()).toBe(401);
      expect(problems.cspViolations).toEqual([]);
      expect(unexpected(problems.errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a director: download and share the card (a static copy that verifies), export the data, sign out", async () => {
    const context = await chromium.newContext(baseUrl(), { acceptDownloads: true });
    try {
      const problems = watchProblems(context);
      const page = await context.newPage();
      await loginAndGetCard(page, DIRECTOR.email, DIRECTOR.cedula);
      expect(await page.locator(".carnet__post").textContent()).toBe("Director(a)");

      // The image: a PNG whose QR is the card alone, which a verifier calls a static copy.
      const image = await downloaded(page, () =>
        page.getByRole("button", { name: "Descargar imagen" }).click(),
      );
      expect(image.name).toBe("carnet-docente.png");
      expect(image.bytes.subarray(1, 4).toString()).toBe("PNG");
      await page.getByText("Se descargó la imagen del carnet.").waitFor();
      await writeFile(`${SCREENSHOT_DIR}teacher-card-download.png`, image.bytes);
      const staticText = await decodePngQr(chromium.browser, image.bytes);
      const trust = await fetchTrust();
      expect(await verifyPresentation(staticText, trust, nowSec())).toMatchObject({
        valid: true,
        kind: "static",
        claims: { n: DIRECTOR.name, p: "dir" },
      });
      // No Web Share with files in this browser: "Compartir" falls back to the same download.
      const shared = await downloaded(page, () => page.getByRole("button", { name: "Compartir" }).click());
      expect(shared.name).toBe("carnet-docente.png");

      // A wide screen.
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, "teacher-card-desktop-es");
      await page.setViewportSize({ width: 390, height: 844 });

      // My data: the export is the server's JSON file.
      await page.getByRole("link", { name: "Mis datos" }).click();
      await page.getByRole("heading", { name: "Mis datos", exact: true }).waitFor();
      expect(await page.locator("main").textContent()).toContain(`Cuenta: ${DIRECTOR.email}`);
      const exported = await downloaded(page, () =>
        page.getByRole("button", { name: "Descargar mis datos" }).click(),
      );
      expect(exported.name).toBe("mis-datos-carnet-docente.json");
      const data = JSON.parse(exported.bytes.toString("utf8")) as {
        account: { email: string; cedula: string };
      };
      expect(data.account).toMatchObject({ email: DIRECTOR.email, cedula: DIRECTOR.cedula });
      await page.getByText("Se descargó el archivo mis-datos-carnet-docente.json.").waitFor();

      // The agreement can be read again.
      await page.getByRole("link", { name: "Leer el acuerdo" }).click();
      await page
        .getByRole("heading", { name: "Acuerdo de datos seguros — Carnet Docente Digital" })
        .waitFor();
      await checkBothLanguages(page, "agreement-reader");
      await page.getByRole("link", { name: "Mis datos" }).click();

      // Sign out (confirmed): the card leaves this device.
      await page.getByRole("button", { name: "Cerrar sesión", exact: true }).click();
      await page.getByRole("heading", { name: "¿Cerrar sesión en este dispositivo?" }).waitFor();
      await page.getByRole("button", { name: "Sí, cerrar sesión" }).click();
      await page
        .getByText("Cerró sesión. El carnet se borró de este dispositivo.")
        .waitFor({ timeout: 15_000 });
      await checkBothLanguages(page, "signed-out");
      expect(await storedRecords(page)).toBe(0);
      expect((await context.request.get("/api/me")).status()).toBe(401);

      expect(problems.cspViolations).toEqual([]);
      expect(unexpected(problems.errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
