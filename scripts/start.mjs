// npm start: from a fresh clone to a running app in one command.
//   installs dependencies when missing → dev issuer key → D1 migrations → demo data → web build
//   → dev identity provider → wrangler dev → prints the URLs and demo accounts.
// Ctrl-C (or SIGTERM/SIGHUP) stops every child process group. Only Node built-ins are imported
// before the dependencies are known to be installed.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { waitForUrl } from "./lib/wait.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 8787);
const opPort = Number(process.env.DEV_OP_PORT ?? 8788);
const appOrigin = `http://127.0.0.1:${port}`;
const pidFile = join(root, ".wrangler", "start.pids");
const step = (text) => console.log(`\n▸ ${text}`);

function installIfNeeded() {
  const marker = join(root, "node_modules", ".package-lock.json");
  const lock = join(root, "package-lock.json");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  step("Instalando dependencias / Installing dependencies (npm ci)");
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Kills process groups a previous run left behind (e.g. after a crash or a closed terminal). */
function killLeftovers() {
  if (!existsSync(pidFile)) return;
  for (const pgid of readFileSync(pidFile, "utf8").split(/\s+/).filter(Boolean)) {
    try {
      process.kill(-Number(pgid), "SIGTERM");
    } catch {
      // already gone
    }
  }
}

const groups = [];
function startGroup(name, command, args, env) {
  const child = spawn(command, args, { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  groups.push(child);
  mkdirSync(dirname(pidFile), { recursive: true });
  writeFileSync(pidFile, groups.map((g) => g.pid).join(" "));
  const prefix = (chunk) =>
    chunk
      .toString()
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => `[${name}] ${l}`)
      .join("\n");
  child.stdout.on("data", (c) => process.env.VERBOSE && console.log(prefix(c)));
  child.stderr.on("data", (c) => console.error(prefix(c)));
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`\n${name} terminó inesperadamente / exited unexpectedly (${signal ?? code}).`);
      stop(1);
    }
  });
  return child;
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const g of groups) {
    try {
      process.kill(-g.pid, "SIGTERM");
    } catch {
      // gone
    }
  }
  const force = setTimeout(() => {
    for (const g of groups) {
      try {
        process.kill(-g.pid, "SIGKILL");
      } catch {
        // gone
      }
    }
    process.exit(code);
  }, 5000);
  Promise.all(
    groups.map((g) =>
      g.exitCode !== null || g.signalCode !== null ? null : new Promise((r) => g.once("exit", r)),
    ),
  ).then(() => {
    clearTimeout(force);
    try {
      writeFileSync(pidFile, "");
    } catch {
      // ignore
    }
    process.exit(code);
  });
}

installIfNeeded();
killLeftovers();
for (const s of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(s, () => stop(0));

const { offlineEnv } = await import("./lib/offline-env.mjs");
const { ensureDevKeys } = await import("./keys.mjs");
const { migrateLocalDb, seedLocalDb } = await import("./seed.mjs");
const { demoAccounts } = await import("./lib/seed-sql.mjs");
const { devOpConfig } = await import("./lib/dev-config.mjs");
const { setDevVar } = await import("./lib/dev-vars.mjs");

step("Clave del emisor / Issuer key");
const keys = await ensureDevKeys();
console.log(
  keys.created ? `  nueva clave ${keys.active} en .dev.vars` : `  clave ${keys.active} (ya existía)`,
);
const op = devOpConfig({ appOrigin, opPort });
setDevVar(join(root, ".dev.vars"), "OIDC_CLIENT_SECRET", op.clientSecret);

step("Base de datos local (D1): migraciones y datos de demostración / Local D1: migrations and demo data");
migrateLocalDb({ quiet: true });
seedLocalDb({ quiet: true });

step("Compilando la aplicación web / Building the web app");
const build = spawnSync(
  join(root, "node_modules", ".bin", "vite"),
  ["build", "--config", "web/vite.config.ts", "--logLevel", "warn"],
  {
    cwd: root,
    stdio: "inherit",
    env: offlineEnv(root),
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const env = offlineEnv(root, { ...op.env });
if (existsSync(join(root, "scripts", "dev-op", "cli.mjs"))) {
  step(`Proveedor de identidad de desarrollo / Dev identity provider (${op.issuer})`);
  startGroup("op", process.execPath, [join(root, "scripts", "dev-op", "cli.mjs")], env);
  await waitForUrl(`${op.issuer}/.well-known/openid-configuration`, 20000);
}

step(`wrangler dev (${appOrigin})`);
startGroup(
  "worker",
  join(root, "node_modules", ".bin", "wrangler"),
  ["dev", "--ip", "127.0.0.1", "--port", String(port), ...op.wranglerVars],
  env,
);
await waitForUrl(`${appOrigin}/api/health`, 60000);

const accounts = demoAccounts(join(root, "worker", "seed")).slice(0, 5);
console.log(`
Carnet Docente Digital está listo / is ready:

  Aplicación docente / Teacher app   ${appOrigin}/
  Verificador / Verifier             ${appOrigin}/verificar
  Claves públicas / JWKS             ${appOrigin}/.well-known/jwks.json
  Lista de estado / Status list      ${appOrigin}/api/status-list
  Identidad (desarrollo) / Dev IdP   ${op.issuer}

Cuentas de demostración / Demo accounts (contraseña / password: ${op.password}):
${accounts.map((a) => `  ${a.email.padEnd(36)} ${a.cedula}  ${a.cargo}, ${a.estado}`).join("\n")}

Ctrl-C para detener / to stop.`);
