// Reads and writes .dev.vars (git-ignored local Worker secrets): KEY=value lines, JSON values
// single-quoted as wrangler expects.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

export function readDevVars(file) {
  const vars = new Map();
  if (!existsSync(file)) return vars;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (!m) continue;
    let value = m[2];
    if (/^'.*'$/.test(value) || /^".*"$/.test(value)) value = value.slice(1, -1);
    vars.set(m[1], value);
  }
  return vars;
}

export function writeDevVars(file, vars) {
  const lines = [
    "# Local Worker secrets for `wrangler dev` (git-ignored). Made by npm run keys / npm start.",
  ];
  for (const [key, value] of vars) lines.push(`${key}='${value}'`);
  writeFileSync(file, `${lines.join("\n")}\n`, { mode: 0o600 });
}

/** Sets one variable, keeping the others; returns whether the file changed. */
export function setDevVar(file, key, value) {
  const vars = readDevVars(file);
  if (vars.get(key) === value) return false;
  vars.set(key, value);
  writeDevVars(file, vars);
  return true;
}
