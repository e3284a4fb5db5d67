#!/usr/bin/env node
/**
 * Runs the development OpenID Provider from the command line (see provider.mjs).
 *
 *   node scripts/dev-op/cli.mjs      → prints "OP ready <issuer>" once listening
 *
 * Environment (all optional):
 *   DEV_OP_PORT         port, default 8788 (0 = a free one; the issuer names it)
 *   DEV_OP_PASSWORD     password of every account, default CarnetDemo2026
 *   DEV_OP_ROSTER       accounts CSV, default worker/seed/demo-roster.csv (rows with an e-mail)
 *   DEV_OP_KEY_FILE     signing JWKS, default .dev-op/jwks.json (git-ignored, kept across restarts)
 *   OIDC_CLIENT_ID      default carnet-docente-dev
 *   OIDC_CLIENT_SECRET  default DEV_CLIENT_SECRET below (development only)
 *   APP_ORIGIN          the app, default http://127.0.0.1:8787: redirect URI APP_ORIGIN/auth/callback,
 *                       post-logout redirect URI APP_ORIGIN/
 * Stops cleanly on SIGINT / SIGTERM (exit code 0).
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startDevOp } from "./provider.mjs";
import { rosterAccounts } from "./roster.mjs";

const DEV_PASSWORD = "CarnetDemo2026";
const DEV_CLIENT_ID = "carnet-docente-dev";
const DEV_CLIENT_SECRET = "carnet-docente-dev-secret-solo-desarrollo";
const DEFAULT_ROSTER = fileURLToPath(new URL("../../worker/seed/demo-roster.csv", import.meta.url));

/** @param {string | undefined} value */
function parsePort(value) {
  if (value === undefined || value.trim() === "") return 8788;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`DEV_OP_PORT must be an integer from 0 to 65535, not "${value}"`);
  }
  return port;
}

/** @param {string} path */
async function readRoster(path) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === "ENOENT") {
      throw new Error(`no existe el padrón de demostración / demo roster not found: ${path}`);
    }
    throw error;
  }
}

async function main() {
  const env = process.env;
  const rosterPath = env.DEV_OP_ROSTER ? resolve(env.DEV_OP_ROSTER) : DEFAULT_ROSTER;
  const password = env.DEV_OP_PASSWORD || DEV_PASSWORD;
  const appOrigin = new URL(env.APP_ORIGIN || "http://127.0.0.1:8787").origin;
  const accounts = rosterAccounts(await readRoster(rosterPath), { password });

  const op = await startDevOp({
    port: parsePort(env.DEV_OP_PORT),
    ...(env.DEV_OP_KEY_FILE ? { keyFile: resolve(env.DEV_OP_KEY_FILE) } : {}),
    accounts,
    clients: [
      {
        client_id: env.OIDC_CLIENT_ID || DEV_CLIENT_ID,
        client_secret: env.OIDC_CLIENT_SECRET || DEV_CLIENT_SECRET,
        redirect_uris: [`${appOrigin}/auth/callback`],
        post_logout_redirect_uris: [`${appOrigin}/`],
      },
    ],
  });

  let stopping = false;
  const stop = async (/** @type {NodeJS.Signals} */ signal) => {
    if (stopping) process.exit(1);
    stopping = true;
    await op.close();
    process.stderr.write(`OP stopped (${signal})\n`);
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  // "OP ready" comes last: whoever waits for it has everything printed before it.
  const shown = env.DEV_OP_PASSWORD ? "from DEV_OP_PASSWORD" : DEV_PASSWORD;
  process.stdout.write(`OP accounts: ${accounts.length} from ${rosterPath} (password: ${shown})\n`);
  process.stdout.write(`OP ready ${op.issuer}\n`);
}

main().catch((error) => {
  process.stderr.write(`dev-op: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
