/**
 * A real card, end to end: a teacher logs in and gets a card (real D1, real issuer key); a
 * screenshot of the live QR on the teacher's screen becomes the verifier's fake camera; the
 * verifier reads it as valid. The teacher withdraws consent (the card is revoked); once the
 * verifier refreshed its trust data, the same frames say "revoked".
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "./axe.ts";
import { baseUrl } from "./base-url.ts";
import { type LaunchedBrowser, launchBrowser } from "./browser.ts";
import { makeClip } from "./fake-camera/clip.ts";
import { waitForController, watchProblems } from "./journey.ts";
import { screenshot } from "./screenshots.ts";
import { liveQr, loginAndGetCard } from "./teacher-flow.ts";

// This file's demo account (its card lives in D1 for the whole run).
const EMAIL = "jorge.cedeno@educacion.gob.ec";
const CEDULA = "1356962389";

async function resultOf(page: Page): Promise<{ tone: string | null; text: string }> {
  const panel = page.locator(".result");
  await panel.waitFor({ timeout: 20_000 });
  return { tone: await panel.getAttribute("data-tone"), text: (await panel.textContent()) ?? "" };
}

async function axeAndScreenshots(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page), `${name} (es)`).toEqual([]);
  await screenshot(page, `${name}-es`);
  await page.getByRole("button", { name: "English" }).click();
  expect(await axeViolations(page), `${name} (en)`).toEqual([]);
  await screenshot(page, `${name}-en`);
  await page.getByRole("button", { name: "Español" }).click();
}

describe("verifier journey with a teacher's real card", () => {
  let teacherBrowser: LaunchedBrowser;
  let cameraBrowser: LaunchedBrowser | undefined;
  beforeAll(async () => {
    teacherBrowser = await launchBrowser();
  });
  afterAll(async () => {
    await cameraBrowser?.close();
    await teacherBrowser?.close();
  });

  test("the teacher's on-screen QR is valid; after withdrawal of consent and a refresh, revoked", async () => {
    const teacher = await teacherBrowser.newContext(baseUrl());
    try {
      const teacherPage = await teacher.newPage();
      await loginAndGetCard(teacherPage, EMAIL, CEDULA);
      const png = await liveQr(teacherPage).screenshot({ animations: "disabled" });
      const clip = await makeClip({ png }, { side: 350, noise: 2, frames: 8, name: "teacher-live-qr" });

      cameraBrowser = await launchBrowser(clip.chromiumArgs);
      const verifier = await cameraBrowser.newContext(baseUrl());
      await verifier.grantPermissions(["camera"], { origin: baseUrl() });
      const problems = watchProblems(verifier);
      const page = await verifier.newPage();
      await page.goto("/verificar");
      await page.locator(".trust__age").waitFor({ timeout: 15_000 });
      await waitForController(page);
      await page.getByText("La aplicación ya funciona sin conexión.").waitFor({ timeout: 15_000 });
      await page.getByRole("button", { name: "Entendido" }).click();
      await page.getByRole("button", { name: "Activar cámara" }).click();

      const valid = await resultOf(page);
      expect(valid.tone).toBe("valid");
      for (const detail of [
        "Jorge Luis Cedeño Macías",
        "Rector/a",
        "13H00002",
        "13D01",
        "Manabí",
        "termina en 2389",
      ]) {
        expect(valid.text).toContain(detail);
      }
      await axeAndScreenshots(page, "verifier-teacher-card-valid");

      // The teacher withdraws consent: the card is revoked at once.
      await teacherPage.getByRole("link", { name: "Mis datos" }).click();
      await teacherPage.getByRole("button", { name: "Retirar mi consentimiento" }).click();
      await teacherPage.getByRole("button", { name: "Sí, retirar y anular mi carnet" }).click();
      await teacherPage.getByText("Retiró su consentimiento", { exact: false }).waitFor({ timeout: 15_000 });

      // The verifier refreshes its trust data, then scans the same frames again.
      await Promise.all([
        page.waitForResponse((response) => response.url().endsWith("/api/status-list") && response.ok()),
        page.getByRole("button", { name: "Actualizar ahora" }).click(),
      ]);
      await page.getByRole("button", { name: "Actualizar ahora" }).waitFor();
      expect(await page.locator(".trust__problem").textContent()).toBe("");
      await page.getByRole("button", { name: "Escanear siguiente" }).click();
      const revoked = await resultOf(page);
      expect(revoked.tone).toBe("invalid");
      expect(revoked.text).toContain("Este carnet fue anulado. No es válido.");
      expect(revoked.text).toContain("Jorge Luis Cedeño Macías");
      await axeAndScreenshots(page, "verifier-teacher-card-revoked");

      expect(problems.cspViolations).toEqual([]);
      expect(problems.errors).toEqual([]);
      await verifier.close();
    } finally {
      await teacher.close();
    }
  });
});
