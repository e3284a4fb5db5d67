import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as oauth from "oauth4webapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser } from "./browser.ts";
import { discover, logIn, type RelyingParty } from "./relying-party.ts";

const CLI = fileURLToPath(new URL("../cli.mjs", import.meta.url));
const ROSTER = fileURLToPath(new URL("./fixtures/demo-roster.csv", import.meta.url));

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function run(env: Record<string, string>): Running {
  const child = spawn(process.execPath, [CLI], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk) => {
    out += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    err += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

async function waitFor(predicate: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dev-op-cli-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("cli.mjs", () => {
  it("serves the roster's accounts to the configured client, then stops on SIGTERM", async () => {
    const op = run({
      DEV_OP_PORT: "0",
      DEV_OP_ROSTER: ROSTER,
      DEV_OP_KEY_FILE: join(dir, "jwks.json"),
      DEV_OP_PASSWORD: "clave-de-prueba",
      OIDC_CLIENT_ID: "cli-client",
      OIDC_CLIENT_SECRET: "cli-secret",
      APP_ORIGIN: "http://127.0.0.1:9999",
    });
    try {
      await waitFor(() => /OP ready \S+\n/.test(op.stdout()), 8000);
      const issuer = op.stdout().match(/^OP ready (\S+)$/m)?.[1] ?? "";
      expect(issuer).toMatch(/^http:\/\/localhost:\d+$/);
      expect(op.stdout()).toContain("OP accounts: 3");
      expect(op.stdout()).not.toContain("clave-de-prueba");

      const rp: RelyingParty = {
        as: await discover(issuer),
        client: { client_id: "cli-client" },
        redirectUri: "http://127.0.0.1:9999/auth/callback",
        secret: "cli-secret",
      };
      const { tokens } = await logIn(rp, new Browser(), "jose.tapia@educacion.gob.ec", "clave-de-prueba");
      expect(oauth.getValidatedIdTokenClaims(tokens)).toMatchObject({
        sub: createHash("sha256").update("jose.tapia@educacion.gob.ec").digest("hex").slice(0, 16),
        name: 'José, Luis Tapia "el Profe" Vera',
        email: "jose.tapia@educacion.gob.ec",
      });
    } finally {
      op.child.kill("SIGTERM");
    }
    expect(await op.exited).toBe(0);
    expect(op.stderr()).not.toMatch(/Unsupported runtime|oidc-provider (WARNING|NOTICE)/);
  });

  it("exits 1 with a clear message when the roster is missing", async () => {
    const op = run({
      DEV_OP_PORT: "0",
      DEV_OP_ROSTER: join(dir, "missing.csv"),
      DEV_OP_KEY_FILE: join(dir, "jwks.json"),
    });
    expect(await op.exited).toBe(1);
    expect(op.stderr()).toMatch(/demo roster not found: .*missing\.csv/);
    expect(op.stdout()).toBe("");
  });
});
