/**
 * The verifier's trust bundle in IndexedDB (database "carnet-verificador"): the issuer keys
 * (JWKS), the signed status list and when they were fetched, exactly as downloaded, so they
 * are verified again (`importTrust`) every time they are loaded. Used by the verifier page and
 * by the service worker.
 *
 * Two records: `bundle`, the one in use (it verified when it was stored), and `candidate`, one
 * the service worker fetched in the background and stored WITHOUT verifying it (the worker
 * does not carry the verification code: it must stay small, since every launch of the apps
 * waits for it to start). The page verifies a candidate before using it, then promotes it to
 * `bundle`, or drops it and keeps the previous bundle.
 */
import { type DBSchema, type IDBPDatabase, openDB } from "idb";

export const TRUST_DB_NAME = "carnet-verificador";
const TRUST_DB_VERSION = 1;
const BUNDLE_KEY = "bundle";
const CANDIDATE_KEY = "candidate";

export interface StoredTrustBundle {
  /** The issuer keys as published at /.well-known/jwks.json. */
  jwks: { keys: unknown[] };
  /** The signed status list (`statuslist+jwt`) as published at /api/status-list. */
  statusList: string;
  /** When this device fetched the bundle, by its own clock (seconds since the epoch). */
  fetchedAt: number;
  /**
   * This device's clock minus the server's (HTTP `Date`) at that fetch, in seconds; `null`
   * when the server sent no usable date.
   */
  clockSkewSec: number | null;
}

interface VerifierDb extends DBSchema {
  trust: { key: string; value: StoredTrustBundle };
}

let database: Promise<IDBPDatabase<VerifierDb>> | undefined;

function db(): Promise<IDBPDatabase<VerifierDb>> {
  database ??= openDB<VerifierDb>(TRUST_DB_NAME, TRUST_DB_VERSION, {
    upgrade(upgrading) {
      if (!upgrading.objectStoreNames.contains("trust")) upgrading.createObjectStore("trust");
    },
    blocking(_current, _next, event) {
      // A newer version of the app wants to upgrade the database: let it.
      (event.target as IDBDatabase).close();
      database = undefined;
    },
    terminated() {
      database = undefined;
    },
  });
  database.catch(() => {
    database = undefined;
  });
  return database;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** The stored record, if it has the expected shape (anything else counts as nothing stored). */
function asBundle(value: unknown): StoredTrustBundle | null {
  if (typeof value !== "object" || value === null) return null;
  const record = value as Partial<StoredTrustBundle>;
  if (typeof record.jwks !== "object" || record.jwks === null || !Array.isArray(record.jwks.keys))
    return null;
  if (typeof record.statusList !== "string" || !isFiniteNumber(record.fetchedAt)) return null;
  const skew = record.clockSkewSec;
  if (skew !== null && !isFiniteNumber(skew)) return null;
  return {
    jwks: record.jwks,
    statusList: record.statusList,
    fetchedAt: record.fetchedAt,
    clockSkewSec: skew,
  };
}

/** The stored bundle, or `null` when there is none (or IndexedDB is not available). */
export async function readTrustBundle(): Promise<StoredTrustBundle | null> {
  try {
    return asBundle(await (await db()).get("trust", BUNDLE_KEY));
  } catch {
    return null;
  }
}

/** Replaces the stored bundle. Throws when IndexedDB is not available. */
export async function writeTrustBundle(bundle: StoredTrustBundle): Promise<void> {
  await (await db()).put("trust", bundle, BUNDLE_KEY);
}

/** The bundle in use and the unverified candidate (each `null` when absent or malformed). */
export async function readTrustRecords(): Promise<{
  bundle: StoredTrustBundle | null;
  candidate: StoredTrustBundle | null;
}> {
  try {
    const tx = (await db()).transaction("trust", "readonly");
    const [bundle, candidate] = await Promise.all([tx.store.get(BUNDLE_KEY), tx.store.get(CANDIDATE_KEY)]);
    await tx.done;
    return { bundle: asBundle(bundle), candidate: asBundle(candidate) };
  } catch {
    return { bundle: null, candidate: null };
  }
}

/** Stores a bundle fetched but not verified (the service worker). Throws when IndexedDB is not available. */
export async function writeTrustCandidate(candidate: StoredTrustBundle): Promise<void> {
  await (await db()).put("trust", candidate, CANDIDATE_KEY);
}

/**
 * Settles the candidate that was read (`fetchedAt` names it): `verified` makes it the bundle
 * in use; otherwise it is deleted. A newer candidate stored meanwhile is left alone.
 */
export async function settleTrustCandidate(candidate: StoredTrustBundle, verified: boolean): Promise<void> {
  const tx = (await db()).transaction("trust", "readwrite");
  const current = asBundle(await tx.store.get(CANDIDATE_KEY));
  if (current !== null && current.fetchedAt === candidate.fetchedAt) await tx.store.delete(CANDIDATE_KEY);
  if (verified) await tx.store.put(candidate, BUNDLE_KEY);
  await tx.done;
}
