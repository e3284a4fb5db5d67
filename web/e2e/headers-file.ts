/**
 * A reader for the `_headers` file of Workers Static Assets / Pages, enough for local runs:
 * rules are a URL pattern line followed by indented `Name: value` lines; `*` is a splat,
 * `:name` a single segment; every matching rule contributes its headers.
 */
export interface HeaderRule {
  readonly pattern: RegExp;
  readonly headers: ReadonlyArray<readonly [string, string]>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: Array<{ pattern: RegExp; headers: Array<[string, string]> }> = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    if (raw.trim() === "" || raw.trim().startsWith("#")) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: patternFor(raw.trim()), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([^:\s]+):\s*(.*)$/.exec(raw);
    if (rule === undefined || match === null) throw new Error(`_headers line ${index + 1}: ${raw}`);
    rule.headers.push([match[1] as string, (match[2] as string).trim()]);
  }
  return rules;
}

function patternFor(path: string): RegExp {
  const source = path
    .split(/(\*|:\w+)/)
    .map((part) => {
      if (part === "*") return ".*";
      if (part.startsWith(":")) return "[^/]+";
      return part.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${source}$`);
}

/** The headers that apply to `pathname`, in file order (a later rule overrides a name). */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) out.set(name.toLowerCase(), value);
  }
  return out;
}
