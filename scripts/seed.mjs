// npm run seed: loads the demo data (worker/seed/) into the local D1. Safe to run again.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { offlineEnv } from "./lib/offline-env.mjs";
import { bin, root } from "./lib/paths.mjs";
import { seedSql } from "./lib/seed-sql.mjs";

export function seedLocalDb({ quiet = false } = {}) {
  const dir = join(root, ".wrangler", "seed");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "seed.sql");
  writeFileSync(file, seedSql(join(root, "worker", "seed")));
  const result = spawnSync(bin("wrangler"), ["d1", "execute", "DB", "--local", "--file", file], {
    cwd: root,
    env: offlineEnv(root),
    stdio: quiet ? "pipe" : "inherit",
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`seeding the local D1 failed:\n${result.stderr ?? ""}${result.stdout ?? ""}`);
  }
}

export function migrateLocalDb({ quiet = false } = {}) {
  const result = spawnSync(bin("wrangler"), ["d1", "migrations", "apply", "DB", "--local"], {
    cwd: root,
    env: offlineEnv(root),
    stdio: quiet ? "pipe" : "inherit",
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`applying D1 migrations failed:\n${result.stderr ?? ""}${result.stdout ?? ""}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  migrateLocalDb();
  seedLocalDb();
}
