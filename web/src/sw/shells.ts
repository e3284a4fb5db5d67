/**
 * Which precached HTML shell answers a navigation, by path. Pure, so the service worker and
 * the unit tests share it. Paths not listed (/api/*, /auth/*, /.well-known/*, unknown pages)
 * always go to the network: the service worker never answers them from its cache.
 */
export type Shell = "/index.html" | "/verificar.html";

/** Path patterns (regular-expression source, matched against the whole pathname). */
const SHELLS: ReadonlyArray<readonly [string, Shell]> = [
  ["/", "/index.html"],
  ["/verificar/?", "/verificar.html"],
  // The ally pages and the admin console will get their own screens; the teacher shell for now.
  ["/aliados(?:/.*)?", "/index.html"],
  ["/admin(?:/.*)?", "/index.html"],
];

const BY_PATH = SHELLS.map(([path, shell]) => [new RegExp(`^(?:${path})$`), shell] as const);

export function shellFor(pathname: string): Shell | null {
  for (const [pattern, shell] of BY_PATH) {
    if (pattern.test(pathname)) return shell;
  }
  return null;
}

/**
 * The same table as allow-lists for workbox `NavigationRoute`, which matches
 * pathname + search: the path pattern, then an optional query string.
 */
export function allowlistFor(shell: Shell): RegExp[] {
  return SHELLS.filter(([, s]) => s === shell).map(([path]) => new RegExp(`^(?:${path})(?:\\?.*)?$`));
}
