import axe from "axe-core";
import type { Page } from "playwright-core";

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending nodes. */
  targets: string[];
}

/**
 * Run axe-core in the page and return its violations (empty = clean).
 * The app's CSP forbids injected <script> tags, so axe is evaluated through the DevTools
 * protocol (`page.evaluate` of its source), which CSP does not govern.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Colours are checked as the user ends up seeing them: after entrance animations (a toast
  // fading in is half transparent for 180 ms, and axe would measure that contrast).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const result = await runner.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}
