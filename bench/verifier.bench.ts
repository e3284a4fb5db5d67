// The verifier in Debian Chromium: scan → result with a fake camera, verify time in the browser,
// JavaScript before the QR decoder, decode success per decoder over generated frames.
// The browser-side code lives with the web tests (web/e2e/fake-camera/verifier-bench.ts, typed
// with the DOM): it is bundled here and loaded. The web app is built into .wrangler/bench/web-dist,
// never over web/dist (which a running `wrangler dev` may be serving).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { type Row, report } from "./lib.ts";

const root = process.cwd();
const out = join(root, ".wrangler", "bench");
const dist = join(out, "web-dist");

if (!existsSync("/usr/bin/chromium")) {
  report([{ figure: "verifier (browser)", measured: "skipped: /usr/bin/chromium is missing", target: "—" }]);
  process.exit(0);
}

const vite = spawnSync(
  join(root, "node_modules", ".bin", "vite"),
  ["build", "--config", "web/vite.config.ts", "--outDir", dist, "--emptyOutDir", "--logLevel", "warn"],
  { cwd: root, stdio: ["ignore", "inherit", "inherit"] },
);
if (vite.status !== 0) throw new Error(`vite build failed (exit ${vite.status})`);

const driver = join(out, "verifier-driver.mjs");
await build({
  entryPoints: [join(root, "web", "e2e", "fake-camera", "verifier-bench.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: driver,
  packages: "external",
  logLevel: "warning",
});

// A stuck browser must not hang `npm run bench`.
const watchdog = setTimeout(() => {
  console.error("verifier bench: timed out after 5 minutes");
  process.exit(3);
}, 300_000);
watchdog.unref();

const { runVerifierBench } = (await import(pathToFileURL(driver).href)) as {
  runVerifierBench(distDir: string, root: string): Promise<Row[]>;
};
report(await runVerifierBench(dist, root));
