import { createHash, generateKeyPairSync } from "node:crypto";
import { mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import { DevOpError } from "./errors.mjs";

/**
 * The RFC 7638 thumbprint of an RSA public key, used as its `kid`.
 * @param {{ e: string, n: string }} jwk
 */
function thumbprint({ e, n }) {
  return createHash("sha256")
    .update(JSON.stringify({ e, kty: "RSA", n }))
    .digest("base64url");
}

function generateJwks() {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = /** @type {import("node:crypto").JsonWebKey & { e: string, n: string }} */ (
    privateKey.export({ format: "jwk" })
  );
  return { keys: [{ ...jwk, kid: thumbprint(jwk), alg: "RS256", use: "sig" }] };
}

/** @param {unknown} jwks */
function isPrivateSigningJwks(jwks) {
  const keys = /** @type {{ keys?: unknown }} */ (jwks)?.keys;
  return (
    Array.isArray(keys) &&
    keys.length > 0 &&
    keys.every((key) => typeof key?.kty === "string" && typeof key?.d === "string" && key?.use !== "enc")
  );
}

/**
 * Reads the signing JWKS from `keyFile`, or generates an RS256 key (the algorithm Entra ID
 * signs with) and writes it there once (mode 0600). Keeping it on disk means a restarted OP
 * signs with the key a running relying party has already cached.
 * Concurrent first starts are safe: the file is written aside and renamed; the loser reads it.
 * @param {string} keyFile
 * @returns {Promise<{ keys: Record<string, unknown>[] }>}
 */
export async function loadOrCreateSigningKeys(keyFile) {
  const existing = await readJwks(keyFile);
  if (existing) return existing;

  await mkdir(dirname(keyFile), { recursive: true, mode: 0o700 });
  const jwks = generateJwks();
  const partial = `${keyFile}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(partial, "wx", 0o600);
  try {
    await handle.writeFile(`${JSON.stringify(jwks, null, 2)}\n`);
  } finally {
    await handle.close();
  }
  const raced = await readJwks(keyFile);
  if (raced) {
    await unlink(partial);
    return raced;
  }
  await rename(partial, keyFile);
  return jwks;
}

/** @param {string} keyFile */
async function readJwks(keyFile) {
  let text;
  try {
    text = await readFile(keyFile, "utf8");
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === "ENOENT") return undefined;
    throw error;
  }
  let jwks;
  try {
    jwks = JSON.parse(text);
  } catch (cause) {
    throw new DevOpError("DEV_OP_KEY_FILE_INVALID", `${keyFile} is not JSON; delete it to get a new key`, {
      cause,
    });
  }
  if (!isPrivateSigningJwks(jwks)) {
    throw new DevOpError(
      "DEV_OP_KEY_FILE_INVALID",
      `${keyFile} holds no private signing JWKS; delete it to get a new key`,
    );
  }
  return jwks;
}
