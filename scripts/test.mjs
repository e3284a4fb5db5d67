// npm test: everything, in the order that fails fastest — types, lint, web build, then every vitest
// project (shared in Node, web in jsdom, Worker and card core in workerd, browser journeys in
// Debian Chromium). Writes test-results/vitest.json for the CI summary line.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { offlineEnv } from "./lib/offline-env.mjs";
import { bin, root } from "./lib/paths.mjs";

const env = offlineEnv(root);
const run = (title, command, args) => {
  console.log(`\n▸ ${title}`);
  const started = Date.now();
  const r = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) {
    console.error(`✘ ${title} failed`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
};

mkdirSync(join(root, "test-results"), { recursive: true });
run("Worker types (wrangler types)", bin("wrangler"), [
  "types",
  "--strict-vars=false",
  "worker/worker-configuration.d.ts",
]);
run("Type check (tsc -b)", bin("tsc"), ["-b"]);
run("Format and lint (biome)", bin("biome"), ["check", "."]);
run("Web build (vite)", bin("vite"), ["build", "--config", "web/vite.config.ts", "--logLevel", "warn"]);
run("Tests (vitest: shared, web, worker, e2e)", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile.json=test-results/vitest.json",
  ...process.argv.slice(2),
]);
