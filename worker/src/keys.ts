import { importJWK } from "jose";
import * as v from "valibot";

/**
 * Issuer keys live in the ISSUER_KEYS secret as `{"active": kid, "keys": [JWK, …]}`. Every listed
 * key's public half is published in the JWKS (cards it signed may still be valid); only the active
 * one signs. Rotation: add a key, make it active, drop the old one once its cards have expired.
 */
const ecPrivateJwk = v.object({
  kty: v.literal("EC"),
  crv: v.literal("P-256"),
  x: v.string(),
  y: v.string(),
  d: v.optional(v.string()),
  kid: v.pipe(v.string(), v.minLength(1), v.maxLength(16)),
  alg: v.optional(v.literal("ES256")),
});
const issuerKeysSchema = v.pipe(
  v.object({ active: v.string(), keys: v.pipe(v.array(ecPrivateJwk), v.minLength(1)) }),
  v.check((k) => k.keys.some((key) => key.kid === k.active && key.d !== undefined), "active key missing"),
);

export interface PublicJwk {
  kty: "EC";
  crv: "P-256";
  x: string;
  y: string;
  kid: string;
  alg: "ES256";
  use: "sig";
}

export interface IssuerKeys {
  active: { kid: string; privateKey: CryptoKey };
  jwks: { keys: PublicJwk[] };
}

let cache: { source: string; keys: Promise<IssuerKeys> } | undefined;

async function load(source: string): Promise<IssuerKeys> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    throw new Error("ISSUER_KEYS is not JSON");
  }
  const result = v.safeParse(issuerKeysSchema, parsed);
  // The message names the problem, never the key material.
  if (!result.success) throw new Error(`ISSUER_KEYS is invalid: ${result.issues[0]?.message ?? "?"}`);
  const { active, keys } = result.output;
  const activeJwk = keys.find((k) => k.kid === active && k.d !== undefined);
  if (activeJwk === undefined) throw new Error("ISSUER_KEYS has no active private key");
  const privateKey = await importJWK({ ...activeJwk, alg: "ES256" }, "ES256");
  if (!(privateKey instanceof CryptoKey)) throw new Error("ISSUER_KEYS active key did not import");
  return {
    active: { kid: active, privateKey },
    jwks: {
      keys: keys.map((k) => ({
        kty: "EC",
        crv: "P-256",
        x: k.x,
        y: k.y,
        kid: k.kid,
        alg: "ES256",
        use: "sig",
      })),
    },
  };
}

/** The issuer keys for this isolate, imported once per secret value. */
export function issuerKeys(env: Pick<Env, "ISSUER_KEYS">): Promise<IssuerKeys> {
  const source = env.ISSUER_KEYS;
  if (cache === undefined || cache.source !== source) {
    const keys = load(source);
    cache = { source, keys };
    keys.catch(() => {
      if (cache?.keys === keys) cache = undefined;
    });
  }
  return cache.keys;
}
