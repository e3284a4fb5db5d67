// Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe), with nothing
// injected into the page: no automation scripts or extra JavaScript worlds run in the renderer.
// The launch benchmark uses it so that what it times is the app, not the test harness (Playwright
// adds its own world and bindings to every new document, ~50 ms of main-thread work at 4× CPU).
import { type ChildProcess, spawn } from "node:child_process";
import type { Readable, Writable } from "node:stream";

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export interface CdpBrowser {
  /** Sends a command (to the browser, or to the attached page with `session`). */
  send<T = Record<string, unknown>>(method: string, params?: object, session?: string): Promise<T>;
  /** The first page target, attached (flat session). */
  attachPage(): Promise<string>;
  close(): Promise<void>;
}

/** Starts `executable` on `profile` with `args`, and talks to it over fds 3 and 4. */
export function launchCdp(executable: string, profile: string, args: readonly string[]): CdpBrowser {
  const child: ChildProcess = spawn(
    executable,
    [...args, "--headless", `--user-data-dir=${profile}`, "--remote-debugging-pipe", "about:blank"],
    { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let buffer = "";
  fromBrowser.on("data", (chunk: Buffer) => {
    buffer += chunk.toString("utf8");
    for (let end = buffer.indexOf("\0"); end >= 0; end = buffer.indexOf("\0")) {
      const message = JSON.parse(buffer.slice(0, end)) as {
        id?: number;
        result?: unknown;
        error?: { message: string };
      };
      buffer = buffer.slice(end + 1);
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (waiting === undefined || message.id === undefined) continue;
      pending.delete(message.id);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    }
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const send = <T>(method: string, params: object = {}, sessionId?: string): Promise<T> => {
    nextId += 1;
    const id = nextId;
    toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    });
  };

  return {
    send,
    async attachPage() {
      const { targetInfos } = await send<{ targetInfos: Array<{ type: string; targetId: string }> }>(
        "Target.getTargets",
      );
      const page = targetInfos.find((target) => target.type === "page");
      if (page === undefined) throw new Error("Chromium opened no page");
      const { sessionId } = await send<{ sessionId: string }>("Target.attachToTarget", {
        targetId: page.targetId,
        flatten: true,
      });
      return sessionId;
    },
    async close() {
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await send("Browser.close").catch(() => undefined);
      await exited;
      clearTimeout(timer);
    },
  };
}
