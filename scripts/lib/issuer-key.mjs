// Makes an ES256 issuer key as a private JWK with a short kid (the start of its RFC 7638 thumbprint).
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from "jose";

export async function makeIssuerKey() {
  const { privateKey } = await generateKeyPair("ES256", { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = (await calculateJwkThumbprint(jwk)).slice(0, 8);
  return { ...jwk, kid, alg: "ES256" };
}

/** Adds a new key and makes it active; earlier keys stay published until removed by hand. */
export async function rotateIssuerKeys(current) {
  const key = await makeIssuerKey();
  const keys = current ? [...current.keys, key] : [key];
  return { active: key.kid, keys };
}
