/**
 * What the teacher app keeps on the device, in IndexedDB (through `idb`): the card (compact JWS
 * and the display record), the device key pair (the private key a NON-extractable CryptoKey:
 * it can sign presentations, never be read out), the trust data it last fetched, and a little
 * bookkeeping. The only module that touches IndexedDB for the teacher side.
 *
 * A connection that the browser closed or broke (storage pressure, a version change from
 * another tab, Safari dropping idle connections) is reopened once before an operation fails.
 */
import { type DBSchema, deleteDB, type IDBPDatabase, openDB } from "idb";
import type { CardDisplay } from "#shared/api/me";
import type { LaunchSnapshot } from "../launch/launch-page";
import { CURRENT, DB_NAME, LAUNCH_STORE } from "./teacher-db-name";

export { DB_NAME };

/** 2: the launch store. */
const DB_VERSION = 2;

export interface StoredCard {
  jws: string;
  cardId: string;
  display: CardDisplay;
  /** When this device stored it (seconds). */
  storedAt: number;
}

export interface DeviceKey {
  /** ECDSA P-256, `extractable: false`, usage `sign`. */
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** The public key as the card's `k` claim (compressed point, base64url). */
  k: string;
}

/** The issuer keys and the signed status list, as last fetched, and when. */
export interface StoredTrust {
  jwks: { keys: unknown[] };
  statusList: string | null;
  fetchedAt: number;
}

export interface TeacherMeta {
  /** Last time the app heard from the server about this card (seconds). */
  syncedAt?: number;
  /** Last automatic renewal attempt (seconds), so a failing server is not asked on every launch. */
  renewalTriedAt?: number;
  /** The server last said this browser is logged in: worth asking it on launch. */
  signedIn?: boolean;
}

interface TeacherDb extends DBSchema {
  card: { key: string; value: StoredCard };
  device: { key: string; value: DeviceKey };
  trust: { key: string; value: StoredTrust };
  meta: { key: string; value: TeacherMeta };
  /** The card screen's markup, for the service worker to serve the next launch with (launch-page.ts). */
  [LAUNCH_STORE]: { key: string; value: LaunchSnapshot };
}

type Db = IDBPDatabase<TeacherDb>;
export type StoreName = "card" | "device" | "trust" | "meta" | typeof LAUNCH_STORE;
const STORES: readonly StoreName[] = ["card", "device", "trust", "meta", LAUNCH_STORE];

/** Opens the database (the seam the unit tests use to break connections on purpose). */
export type Opener = () => Promise<Db>;

const openTeacherDb: Opener = () =>
  openDB<TeacherDb>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      for (const name of STORES) {
        if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
      }
    },
    blocking() {
      // Another tab wants a newer version: step aside; the next operation reopens.
      forget(true);
    },
    terminated() {
      forget(false);
    },
  });

let opener: Opener = openTeacherDb;
let connection: Promise<Db> | undefined;

function forget(close: boolean): void {
  const current = connection;
  connection = undefined;
  if (close) void current?.then((db) => db.close()).catch(() => undefined);
}

function database(): Promise<Db> {
  if (connection === undefined) {
    const opening = opener();
    connection = opening;
    opening.catch(() => {
      if (connection === opening) connection = undefined;
    });
  }
  return connection;
}

/** Errors of a data problem (retrying cannot help), as opposed to a broken connection. */
const DATA_ERRORS = new Set([
  "DataError",
  "DataCloneError",
  "ConstraintError",
  "QuotaExceededError",
  "VersionError",
]);

function isConnectionError(error: unknown): boolean {
  return error instanceof DOMException && !DATA_ERRORS.has(error.name);
}

/** Runs `operation`; if the connection was broken, reopens the database and runs it once more. */
async function withDb<T>(operation: (db: Db) => Promise<T>): Promise<T> {
  try {
    return await operation(await database());
  } catch (error) {
    if (!isConnectionError(error)) throw error;
    forget(true);
    return operation(await database());
  }
}

/** Replaces how the database is opened (tests only); `undefined` restores the real one. */
export function setOpenerForTests(next: Opener | undefined): void {
  forget(true);
  opener = next ?? openTeacherDb;
}

export interface LocalCard {
  card: StoredCard;
  device: DeviceKey;
}

/** The stored card and the device key that presents it, or null if either is missing. */
export function readLocalCard(): Promise<LocalCard | null> {
  return withDb(async (db) => {
    const tx = db.transaction(["card", "device"], "readonly");
    const [card, device] = await Promise.all([
      tx.objectStore("card").get(CURRENT),
      tx.objectStore("device").get(CURRENT),
    ]);
    await tx.done;
    return card !== undefined && device !== undefined ? { card, device } : null;
  });
}

export interface LaunchState {
  local: LocalCard | null;
  meta: TeacherMeta;
}

/** Everything the app needs on launch, in one transaction: the card, its key, the bookkeeping. */
export function readLaunchState(): Promise<LaunchState> {
  return withDb(async (db) => {
    const tx = db.transaction(["card", "device", "meta"], "readonly");
    const [card, device, meta] = await Promise.all([
      tx.objectStore("card").get(CURRENT),
      tx.objectStore("device").get(CURRENT),
      tx.objectStore("meta").get(CURRENT),
    ]);
    await tx.done;
    return { local: card !== undefined && device !== undefined ? { card, device } : null, meta: meta ?? {} };
  });
}

export const readDeviceKey = () => withDb((db) => db.get("device", CURRENT));
export const saveDeviceKey = (device: DeviceKey) =>
  withDb((db) => db.put("device", device, CURRENT)).then(() => undefined);
export const readCard = () => withDb((db) => db.get("card", CURRENT));
export const saveCard = (card: StoredCard) =>
  withDb((db) => db.put("card", card, CURRENT)).then(() => undefined);
export const readTrust = () => withDb((db) => db.get("trust", CURRENT));
export const saveTrust = (trust: StoredTrust) =>
  withDb((db) => db.put("trust", trust, CURRENT)).then(() => undefined);
export const saveLaunchSnapshot = (snapshot: LaunchSnapshot) =>
  withDb((db) => db.put(LAUNCH_STORE, snapshot, CURRENT)).then(() => undefined);
export const readMeta = () => withDb(async (db) => (await db.get("meta", CURRENT)) ?? {});

export function updateMeta(change: Partial<TeacherMeta>): Promise<void> {
  return withDb(async (db) => {
    const tx = db.transaction("meta", "readwrite");
    const now = (await tx.store.get(CURRENT)) ?? {};
    await tx.store.put({ ...now, ...change }, CURRENT);
    await tx.done;
  });
}

/** Deletes the card, the device key, trust data, the launch snapshot and bookkeeping from this device. */
export function clearAll(): Promise<void> {
  return withDb(async (db) => {
    const tx = db.transaction([...STORES], "readwrite");
    await Promise.all(STORES.map((name) => tx.objectStore(name).clear()));
    await tx.done;
  });
}

/** Drops the whole database (used when it cannot even be opened any more). */
export async function destroy(): Promise<void> {
  forget(true);
  await deleteDB(DB_NAME);
}

/**
 * Asks the browser not to evict the card under storage pressure. Chromium grants it silently
 * to installed or engaged sites; Safari and Firefox may ask or refuse. Never throws.
 */
export async function requestPersistence(): Promise<boolean> {
  try {
    if (await navigator.storage?.persisted?.()) return true;
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
