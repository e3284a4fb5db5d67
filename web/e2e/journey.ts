import type { BrowserContext, Page } from "playwright-core";

/** Console errors, uncaught page errors and CSP violations seen by a page. */
export interface PageProblems {
  readonly errors: string[];
  readonly cspViolations: string[];
}

/** Start recording the problems of every page in `context` (open it before navigating). */
export function watchProblems(context: BrowserContext): PageProblems {
  const problems: PageProblems = { errors: [], cspViolations: [] };
  const watch = (page: Page) => {
    page.on("pageerror", (error) => problems.errors.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const text = message.text();
      if (text.includes("Content Security Policy")) problems.cspViolations.push(text);
      else problems.errors.push(`console: ${text}`);
    });
  };
  context.pages().forEach(watch);
  context.on("page", watch);
  return problems;
}

/** Wait until a service worker controls the page. */
export async function waitForController(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout });
}

/** The text of the page's main heading. */
export async function mainHeading(page: Page): Promise<string> {
  return (await page.locator("main h2").first().textContent({ timeout: 5_000 })) ?? "";
}

/** Wait until the app has rendered its shell (the first heading of main). */
export async function waitForShell(page: Page, timeout = 10_000): Promise<void> {
  await page.locator("main h2").first().waitFor({ timeout });
}
