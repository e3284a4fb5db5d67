import { writeFileSync } from "node:fs";

export interface Row {
  figure: string;
  measured: string;
  target: string;
  ok?: boolean;
}

/** Writes the rows where bench/run.mjs reads them. */
export function report(rows: Row[]): void {
  const file = process.argv[2];
  if (file === undefined) console.table(rows);
  else writeFileSync(file, JSON.stringify(rows));
}

export function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
  return {
    median: at(0.5),
    p99: at(0.99),
    min: s[0] ?? Number.NaN,
    max: s[s.length - 1] ?? Number.NaN,
    mean: s.reduce((a, b) => a + b, 0) / s.length,
  };
}
