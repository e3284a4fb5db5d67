// npm run keys [-- --rotate]
// Creates the local issuer key set in .dev.vars (ISSUER_KEYS) when it is missing. With --rotate,
// adds a new key and makes it active (old public keys stay in the JWKS). For a deployment, pipe
// the printed JSON into `wrangler secret put ISSUER_KEYS` instead: `npm run keys -- --print`.
import { join } from "node:path";
import { readDevVars, writeDevVars } from "./lib/dev-vars.mjs";
import { rotateIssuerKeys } from "./lib/issuer-key.mjs";
import { root } from "./lib/paths.mjs";

export async function ensureDevKeys({ rotate = false } = {}) {
  const file = join(root, ".dev.vars");
  const vars = readDevVars(file);
  const current = vars.has("ISSUER_KEYS") ? JSON.parse(vars.get("ISSUER_KEYS")) : undefined;
  if (current && !rotate) return { created: false, active: current.active };
  const next = await rotateIssuerKeys(current);
  vars.set("ISSUER_KEYS", JSON.stringify(next));
  writeDevVars(file, vars);
  return { created: true, active: next.active };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = new Set(process.argv.slice(2));
  if (args.has("--print")) {
    process.stdout.write(`${JSON.stringify(await rotateIssuerKeys(undefined))}\n`);
  } else {
    const { created, active } = await ensureDevKeys({ rotate: args.has("--rotate") });
    console.log(
      created
        ? `Issuer key ${active} is now active (.dev.vars).`
        : `Issuer key ${active} already in .dev.vars.`,
    );
  }
}
