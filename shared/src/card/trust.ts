/**
 * The verifier's trust: issuer keys (from the JWKS) and the revocation status list, imported
 * once per fetch so the verify hot path never re-imports a key.
 */
import { CardError } from "../errors";
import { type StatusListState, verifyStatusList } from "../status-list/verify";

export interface TrustInput {
  jwks: { keys: unknown[] };
  /** The signed status list (`statuslist+jwt`), if the bundle has one. */
  statusList?: string | null;
  /** When the bundle was fetched, seconds since the epoch. */
  fetchedAt: number;
}

export interface Trust {
  keys: Map<string, CryptoKey>;
  status: StatusListState | null;
  fetchedAt: number;
}

const ECDSA_P256 = { name: "ECDSA", namedCurve: "P-256" } as const;
const COORDINATE = /^[A-Za-z0-9_-]{43}$/;
const MAX_KEYS = 32;

/** Imported issuer keys by public point, so refreshing the same JWKS imports nothing. */
const keyCache = new Map<string, CryptoKey>();

interface IssuerJwk {
  kid: string;
  x: string;
  y: string;
}

/** An EC P-256 signing JWK with a kid, no private part; anything else is ignored. */
function asIssuerJwk(value: unknown): IssuerJwk | null {
  if (typeof value !== "object" || value === null) return null;
  const jwk = value as Record<string, unknown>;
  if (jwk.kty !== "EC" || jwk.crv !== "P-256") return null;
  if (jwk.alg !== undefined && jwk.alg !== "ES256") return null;
  if (jwk.use !== undefined && jwk.use !== "sig") return null;
  if (jwk.d !== undefined) return null;
  if (typeof jwk.kid !== "string" || jwk.kid.length === 0) return null;
  if (typeof jwk.x !== "string" || typeof jwk.y !== "string") return null;
  if (!COORDINATE.test(jwk.x) || !COORDINATE.test(jwk.y)) return null;
  return { kid: jwk.kid, x: jwk.x, y: jwk.y };
}

async function importIssuerKey(jwk: IssuerJwk): Promise<CryptoKey | null> {
  const cacheKey = `${jwk.x}.${jwk.y}`;
  const cached = keyCache.get(cacheKey);
  if (cached) return cached;
  try {
    const key = await crypto.subtle.importKey(
      "jwk",
      { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y, ext: true },
      ECDSA_P256,
      true,
      ["verify"],
    );
    if (keyCache.size >= 64) keyCache.clear();
    keyCache.set(cacheKey, key);
    return key;
  } catch {
    return null;
  }
}

/**
 * Imports a trust bundle. Keys: only EC P-256 with a `kid`, `alg` absent or ES256, `use` absent
 * or `sig` (the first of a repeated `kid` wins; at most 32 keys). The status list, when present,
 * must verify against those keys; otherwise this throws `CardError` (`STATUS_LIST_INVALID`,
 * `DEVICE_CLOCK_WRONG`) and the caller keeps its previous trust.
 */
export async function importTrust(input: TrustInput, nowSec: number): Promise<Trust> {
  if (typeof input !== "object" || input === null || !Array.isArray(input.jwks?.keys)) {
    throw new CardError("INVALID_ARGUMENT", "trust input needs jwks.keys");
  }
  const keys = new Map<string, CryptoKey>();
  for (const entry of input.jwks.keys) {
    if (keys.size >= MAX_KEYS) break;
    const jwk = asIssuerJwk(entry);
    if (jwk === null || keys.has(jwk.kid)) continue;
    const key = await importIssuerKey(jwk);
    if (key) keys.set(jwk.kid, key);
  }
  const statusList = input.statusList;
  const status =
    typeof statusList === "string" && statusList.length > 0
      ? await verifyStatusList(statusList, keys, nowSec)
      : null;
  return { keys, status, fetchedAt: input.fetchedAt };
}
