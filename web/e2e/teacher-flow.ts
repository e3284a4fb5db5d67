/**
 * Steps of the teacher's journey for browser tests: log in through the dev OpenID Provider,
 * bind the cédula, accept the agreement, and read (and really decode) the QR on screen.
 */

import { mkdir, writeFile } from "node:fs/promises";
import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  QRCodeReader,
  RGBLuminanceSource,
} from "@zxing/library";
import type { Browser, Locator, Page } from "playwright-core";
import { inject } from "vitest";
import { importTrust, type Trust } from "#shared/card/trust";
import { baseUrl } from "./base-url.ts";

/** The demo accounts' password at the dev OP ($E2E_OP_PASSWORD, else what the global setup provided). */
export function opPassword(): string {
  return process.env.E2E_OP_PASSWORD ?? inject("opPassword") ?? "CarnetDemo2026";
}

/** The card screen's live QR (an SVG inside `figure[data-qr-text]`). */
export const liveQr = (page: Page): Locator => page.locator("figure.qr svg");

/** Fill the dev OP's log-in form (labels "Correo institucional", "Contraseña", button "Ingresar"). */
export async function signInAtOp(page: Page, email: string, password = opPassword()): Promise<void> {
  await page.getByLabel("Correo institucional").fill(email);
  await page.getByLabel("Contraseña").fill(password);
  await page.getByRole("button", { name: "Ingresar" }).click();
}

/**
 * From the welcome screen of the app at `origin`, log in. The OpenID Provider returns the browser
 * to the app's registered origin; when the test drives the app through another origin (a proxy
 * on the same host: the session cookie is host-wide), it goes back there.
 */
export async function logIn(page: Page, email: string, origin = baseUrl()): Promise<void> {
  await page.getByRole("button", { name: "Iniciar sesión con la cuenta institucional" }).click();
  await page.getByLabel("Correo institucional").waitFor({ timeout: 15_000 });
  await signInAtOp(page, email);
  await page.waitForURL((url) => url.hostname === "127.0.0.1" && url.pathname === "/", { timeout: 15_000 });
  const landed = new URL(page.url());
  if (landed.origin !== origin) await page.goto(`${origin}${landed.pathname}${landed.search}`);
}

/** Type the cédula and submit it. */
export async function submitCedula(page: Page, cedula: string): Promise<void> {
  const field = page.getByLabel("Número de cédula");
  await field.fill(cedula);
  await page.getByRole("button", { name: "Continuar" }).click();
}

/** Tick the agreement and accept it. */
export async function acceptAgreement(page: Page): Promise<void> {
  await page.getByLabel("He leído el acuerdo y acepto el tratamiento de mis datos que describe.").check();
  await page.getByRole("button", { name: "Aceptar y obtener mi carnet" }).click();
}

/** Wait until the card screen shows a live QR. */
export async function waitForCard(page: Page, timeout = 15_000): Promise<void> {
  await liveQr(page).waitFor({ timeout });
}

/**
 * Log in as `email` and go through the cédula and the agreement (in Spanish) until the card with
 * its live QR is on screen. `page` must be on a new context (nothing stored yet).
 */
export async function loginAndGetCard(
  page: Page,
  email: string,
  cedula: string,
  origin = baseUrl(),
): Promise<void> {
  await page.goto(`${origin}/`);
  await logIn(page, email, origin);
  await page.getByRole("heading", { name: "Registre su cédula" }).waitFor({ timeout: 15_000 });
  await submitCedula(page, cedula);
  await page.getByRole("button", { name: "Aceptar y obtener mi carnet" }).waitFor({ timeout: 15_000 });
  await acceptAgreement(page);
  await waitForCard(page);
}

/**
 * Device pixels per module of the live QR as laid out (its width × DPR ÷ modules, quiet zone
 * included), and whether the symbol fits its box: the CSS must give whole pixels per module.
 */
export const qrModulePixels = (page: Page): Promise<{ perModule: number; fits: boolean }> =>
  liveQr(page).evaluate((svg) => {
    const side = (svg as SVGSVGElement).viewBox.baseVal.width;
    const width = svg.getBoundingClientRect().width;
    const box = (svg.parentElement as HTMLElement).clientWidth;
    return {
      perModule: (width * window.devicePixelRatio) / side,
      fits: width <= box && width > box - (2 * side) / window.devicePixelRatio,
    };
  });

/** Whether the app has kept its card screen for the service worker's launch page (IndexedDB "launch"). */
export const launchSnapshotSaved = (page: Page): Promise<boolean> =>
  page.evaluate(
    () =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open("carnet-docente");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("launch")) {
            db.close();
            resolve(false);
            return;
          }
          const get = db.transaction("launch").objectStore("launch").get("current");
          get.onsuccess = () => {
            resolve(get.result !== undefined);
            db.close();
          };
        };
      }),
  );

/** The launch data the service worker served the page with (`#carnet-launch`), or null. */
export const servedLaunchData = (page: Page): Promise<{ jws: string; text: string; window: number } | null> =>
  page.evaluate(() => {
    const block = document.getElementById("carnet-launch");
    return block === null ? null : JSON.parse(block.textContent ?? "null");
  });

/** How many records the card and device-key stores hold. */
export const storedRecords = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open("carnet-docente");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(["card", "device"]);
          const cards = tx.objectStore("card").count();
          const keys = tx.objectStore("device").count();
          tx.oncomplete = () => {
            resolve(cards.result + keys.result);
            open.result.close();
          };
        };
      }),
  );

/** The QR text the page says it draws (`data-qr-text`); check it with `decodeQrOnScreen` at least once. */
export async function qrTextAttribute(page: Page): Promise<string> {
  const text = await page.locator("figure.qr").getAttribute("data-qr-text");
  if (text === null || text === "") throw new Error("no live QR text on the page");
  return text;
}

/**
 * Decode the QR as it is drawn: a screenshot of the element, turned into grey levels by a blank
 * page of the same browser (no decoder in the app), then read by ZXing's QR reader in Node.
 */
export async function decodeQrOnScreen(page: Page, browser: Browser): Promise<string> {
  const png = await liveQr(page).screenshot({ animations: "disabled" });
  try {
    return await decodePngQr(browser, png);
  } catch (error) {
    await mkdir("test-results", { recursive: true });
    await writeFile("test-results/undecodable-qr.png", png);
    throw error;
  }
}

/**
 * Grey levels of a PNG, by a blank page of `browser`; then ZXing's QR reader. ZXing's finder
 * search fails on some perfectly sharp symbols with large modules (≥ 5 px, measured; which ones
 * depends on the data), so smaller copies are tried too, as a camera further away would see it.
 * A symbol that is wrong fails at every size.
 */
export async function decodePngQr(browser: Browser, png: Buffer): Promise<string> {
  let lastError: unknown;
  for (const scale of [1, 0.5, 0.4, 0.3]) {
    try {
      return await decodePngQrAt(browser, png, scale);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

async function decodePngQrAt(browser: Browser, png: Buffer, scale: number): Promise<string> {
  const scratch = await browser.newPage();
  try {
    const { width, height, grey } = await scratch.evaluate(
      async ([base64, scale]) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
        const w = Math.round(bitmap.width * scale);
        const h = Math.round(bitmap.height * scale);
        const canvas = new OffscreenCanvas(w, h);
        const ctx = canvas.getContext("2d");
        if (ctx === null) throw new Error("no 2D context");
        ctx.imageSmoothingQuality = "high";
        ctx.drawImage(bitmap, 0, 0, w, h);
        const { data } = ctx.getImageData(0, 0, w, h);
        const out = new Uint8Array(w * h);
        for (let i = 0; i < out.length; i++) {
          out[i] = Math.round(
            0.299 * (data[i * 4] ?? 0) + 0.587 * (data[i * 4 + 1] ?? 0) + 0.114 * (data[i * 4 + 2] ?? 0),
          );
        }
        let binary = "";
        for (const byte of out) binary += String.fromCharCode(byte);
        return { width: w, height: h, grey: btoa(binary) };
      },
      [png.toString("base64"), scale] as const,
    );
    return decodeGreyQr(Buffer.from(grey, "base64"), width, height);
  } finally {
    await scratch.close();
  }
}

/**
 * ZXing's QR reader over grey levels (one byte per pixel). The screenshot is a clean, upright
 * symbol with its quiet zone, so the "pure barcode" path (no finder-pattern search, which can
 * lock onto finder-like shapes in the data) is tried first, then the general detector.
 */
export function decodeGreyQr(grey: Uint8Array, width: number, height: number): string {
  const attempts: Array<Array<[DecodeHintType, unknown]>> = [
    [[DecodeHintType.PURE_BARCODE, true]],
    [],
    [[DecodeHintType.TRY_HARDER, true]],
  ];
  let lastError: unknown;
  for (const extra of attempts) {
    const hints = new Map<DecodeHintType, unknown>([
      [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.QR_CODE]],
      ...extra,
    ]);
    const source = new RGBLuminanceSource(new Uint8ClampedArray(grey), width, height);
    try {
      return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints).getText();
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** The issuer keys and status list the app publishes, as a verifier would fetch them now. */
export async function fetchTrust(origin = baseUrl()): Promise<Trust> {
  const [jwks, statusList] = await Promise.all([
    fetch(`${origin}/.well-known/jwks.json`).then((r) => r.json() as Promise<{ keys: unknown[] }>),
    fetch(`${origin}/api/status-list`).then((r) => r.text()),
  ]);
  const now = Math.floor(Date.now() / 1000);
  return importTrust({ jwks, statusList, fetchedAt: now }, now);
}
