import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from "playwright-core";

/** Debian's Chromium, with the flags that keep it off the (closed) network. */
export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
];

/** A phone-sized window: the apps are mobile first. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: "es-EC",
};

export interface LaunchedBrowser {
  readonly browser: Browser;
  /** A new isolated context (own storage and service workers) on `baseURL`. */
  newContext(baseURL: string, options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Close the browser and kill its whole process group, whatever state it is in. */
  close(): Promise<void>;
}

/**
 * Launch Chromium as a server we hold the process of (its own process group, as Playwright
 * starts it detached), then connect to it. `close()` is safe to call more than once.
 */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<LaunchedBrowser> {
  const server = await chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
  });
  const pid = server.process().pid;
  let browser: Browser;
  try {
    browser = await chromium.connect(server.wsEndpoint());
  } catch (error) {
    killGroup(pid);
    throw error;
  }
  let closed = false;
  return {
    browser,
    newContext: (baseURL, options) => browser.newContext({ ...PHONE, ...options, baseURL }),
    async close() {
      if (closed) return;
      closed = true;
      await withTimeout(browser.close(), 5_000).catch(() => undefined);
      await withTimeout(server.close(), 5_000).catch(() => undefined);
      killGroup(pid);
    },
  };
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error; // ESRCH: already gone
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface PersistentBrowser {
  readonly context: BrowserContext;
  /** Close the browser and delete its profile directory. */
  close(): Promise<void>;
}

/**
 * Chromium with a real (throw-away) profile. Some checks, such as installability, are not
 * available in the off-the-record contexts that `launchBrowser().newContext()` creates.
 * Playwright kills the browser's process group when the context closes.
 */
export async function launchPersistentBrowser(
  baseURL: string,
  options: BrowserContextOptions = PHONE,
): Promise<PersistentBrowser> {
  const profile = await mkdtemp(join(tmpdir(), "carnet-e2e-profile-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      ...options,
      baseURL,
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
      headless: true,
    });
    return {
      context,
      async close() {
        await withTimeout(context.close(), 10_000).catch(() => undefined);
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
