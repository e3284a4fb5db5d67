// npm run bench: measures the figures of DESIGN.md's performance list and prints one table.
// Each bench/*.bench.ts is bundled with esbuild (the TypeScript sources of shared/ are imported as
// they are) and run in Node; browser figures are taken in Debian Chromium through playwright-core.
// Usage: npm run bench [-- card browser ...]   (names of bench files; all by default)
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { root } from "../scripts/lib/paths.mjs";

const out = join(root, ".wrangler", "bench");
mkdirSync(out, { recursive: true });
const wanted = new Set(process.argv.slice(2));
const benches = readdirSync(join(root, "bench"))
  .filter((f) => f.endsWith(".bench.ts"))
  .map((f) => f.replace(/\.bench\.ts$/, ""))
  .filter((name) => wanted.size === 0 || wanted.has(name))
  .sort();

const rows = [];
for (const name of benches) {
  const file = join(out, `${name}.mjs`);
  await build({
    entryPoints: [join(root, "bench", `${name}.bench.ts`)],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: file,
    packages: "external",
    logLevel: "warning",
  });
  const resultFile = join(out, `${name}.json`);
  console.error(`▸ bench ${name}…`);
  const r = spawnSync(process.execPath, [file, resultFile], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (r.status !== 0) {
    rows.push({ figure: `${name}: failed (exit ${r.status})`, measured: "—", target: "—", ok: false });
    continue;
  }
  rows.push(...JSON.parse(readFileSync(resultFile, "utf8")));
}

const widths = ["figure", "measured", "target"].map((k) =>
  Math.max(k.length, ...rows.map((r) => String(r[k]).length)),
);
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i] ?? 4)).join(" | ")} |`;
const table = [
  line(["figure", "measured", "target", "ok"]),
  line(widths.map((w) => "-".repeat(w)).concat("--")),
  ...rows.map((r) => line([r.figure, r.measured, r.target, r.ok === undefined ? "" : r.ok ? "yes" : "NO"])),
].join("\n");
console.log(
  `\nCarnet Docente Digital — benchmark (${new Date().toISOString()}, Node ${process.version})\n\n${table}`,
);
mkdirSync(join(root, "bench", "results"), { recursive: true });
writeFileSync(join(root, "bench", "results", "latest.md"), `${table}\n`);
