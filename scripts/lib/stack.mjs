// The whole app for browser tests and benchmarks: a throw-away local D1 (migrated and seeded), a
// throw-away issuer key, the dev OpenID Provider and `wrangler dev`, on free ports. Nothing is
// shared with `npm start`'s data. Stop it with the returned stop(); it kills the process group.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { startDevOp } from "../dev-op/provider.mjs";
import { DEV_PASSWORD, devOpConfig } from "./dev-config.mjs";
import { rotateIssuerKeys } from "./issuer-key.mjs";
import { offlineEnv } from "./offline-env.mjs";
import { bin, root } from "./paths.mjs";
import { demoAccounts, seedSql } from "./seed-sql.mjs";
import { waitForUrl } from "./wait.mjs";

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function wrangler(args, env) {
  const r = spawnSync(bin("wrangler"), args, { cwd: root, env, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`wrangler ${args.join(" ")} failed:\n${r.stderr}\n${r.stdout}`);
}

/** @param {{ log?: (line: string) => void }} [options] */
export async function startStack(options = {}) {
  const port = await freePort();
  const appOrigin = `http://127.0.0.1:${port}`;
  const state = join(root, ".wrangler", "stacks", `${process.pid}-${port}`);
  mkdirSync(state, { recursive: true });
  const env = offlineEnv(root);

  const cfg = devOpConfig({ appOrigin, opPort: 0 });
  const op = await startDevOp({
    port: 0,
    clients: [
      {
        client_id: cfg.env.OIDC_CLIENT_ID,
        client_secret: cfg.clientSecret,
        redirect_uris: [`${appOrigin}/auth/callback`],
        post_logout_redirect_uris: [`${appOrigin}/`],
      },
    ],
    accounts: demoAccounts(join(root, "worker", "seed"))
      .filter((a) => a.email)
      .map((a) => ({
        email: a.email,
        password: DEV_PASSWORD,
        given_name: a.nombres,
        family_name: a.apellidos,
        name: `${a.nombres} ${a.apellidos}`,
      })),
    keyFile: join(state, "op-jwks.json"),
  });

  const issuerKeys = await rotateIssuerKeys(undefined);
  const secrets = join(state, "secrets.env");
  writeFileSync(
    secrets,
    `ISSUER_KEYS='${JSON.stringify(issuerKeys)}'\nOIDC_CLIENT_SECRET='${cfg.clientSecret}'\n`,
    {
      mode: 0o600,
    },
  );
  const persist = join(state, "d1");
  wrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist], env);
  const seed = join(state, "seed.sql");
  writeFileSync(seed, seedSql(join(root, "worker", "seed")));
  wrangler(["d1", "execute", "DB", "--local", "--persist-to", persist, "--file", seed], env);

  const child = spawn(
    bin("wrangler"),
    [
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--persist-to",
      persist,
      "--env-file",
      secrets,
      "--var",
      `OIDC_ISSUER:${op.issuer}`,
      "--var",
      `OIDC_CLIENT_ID:${cfg.env.OIDC_CLIENT_ID}`,
      "--show-interactive-dev-session=false",
    ],
    { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const collect = (chunk) => {
    output += chunk;
    if (output.length > 200_000) output = output.slice(-100_000);
    options.log?.(String(chunk));
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  try {
    await waitForUrl(`${appOrigin}/api/health`, 60_000, child);
  } catch (err) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {}
    await op.close();
    throw new Error(`${err.message}\n--- wrangler dev output ---\n${output.slice(-4000)}`);
  }

  const stop = async () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
    await Promise.race([
      new Promise((r) => (child.exitCode !== null ? r() : child.once("exit", r))),
      new Promise((r) => setTimeout(r, 5000)),
    ]);
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {}
    await op.close();
    rmSync(state, { recursive: true, force: true });
  };
  return {
    baseUrl: appOrigin,
    opIssuer: op.issuer,
    password: DEV_PASSWORD,
    issuerKeys,
    /** The process output so far (for a failing test's message). */
    output: () => output,
    stop,
  };
}
