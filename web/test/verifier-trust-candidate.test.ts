/**
 * The service worker stores background refreshes as unverified candidates; the page verifies a
 * candidate before using it and keeps the previous bundle when it does not verify.
 */
import "./verifier-realm";
import { describe, expect, test } from "vitest";
import { isCardError } from "#shared/errors";
import type { StoredTrustBundle } from "../src/data/trust-store";
import { loadStoredTrust, type TrustRecords } from "../src/data/verifier-trust";
import { makeWorld, nowSec, statusListFor, type World } from "./verifier-fixtures";

async function bundleOf(world: World, fetchedAt: number, statusList?: string): Promise<StoredTrustBundle> {
  return {
    jwks: world.jwks,
    statusList: statusList ?? (await statusListFor(world, { iat: fetchedAt - 5 })),
    fetchedAt,
    clockSkewSec: 0,
  };
}

/** An in-memory stand-in for the two IndexedDB records. */
interface Memory extends TrustRecords {
  bundle: StoredTrustBundle | null;
  candidate: StoredTrustBundle | null;
}

function memory(bundle: StoredTrustBundle | null, candidate: StoredTrustBundle | null): Memory {
  const records: Memory = {
    bundle,
    candidate,
    async read() {
      return { bundle: records.bundle, candidate: records.candidate };
    },
    async settle(settled: StoredTrustBundle, verified: boolean) {
      if (records.candidate === settled) records.candidate = null;
      if (verified) records.bundle = settled;
    },
  };
  return records;
}

describe("trust candidates from the service worker", () => {
  test("a newer candidate that verifies is used and becomes the bundle in use", async () => {
    const world = await makeWorld();
    const now = nowSec();
    const previous = await bundleOf(world, now - 3600);
    const candidate = await bundleOf(world, now - 10);
    const records = memory(previous, candidate);
    const loaded = await loadStoredTrust(now, records);
    expect(loaded?.bundle).toBe(candidate);
    expect(records.bundle).toBe(candidate);
    expect(records.candidate).toBeNull();
  });

  test("a candidate that does not verify is never used: the previous bundle stays", async () => {
    const world = await makeWorld();
    const impostor = await makeWorld(); // signed by another issuer key
    const now = nowSec();
    const previous = await bundleOf(world, now - 3600);
    const forged = await bundleOf(world, now - 10, await statusListFor(impostor, { iat: now - 15 }));
    const records = memory(previous, forged);
    const loaded = await loadStoredTrust(now, records);
    expect(loaded?.bundle).toBe(previous);
    expect(records.bundle).toBe(previous);
    expect(records.candidate).toBeNull();
  });

  test("with nothing else stored, a candidate that does not verify leaves nothing", async () => {
    const world = await makeWorld();
    const now = nowSec();
    const records = memory(null, await bundleOf(world, now - 10, "not-a-status-list"));
    expect(await loadStoredTrust(now, records)).toBeNull();
    expect(records.bundle).toBeNull();
    expect(records.candidate).toBeNull();
  });

  test("a candidate older than the bundle in use (the page refreshed since) is dropped", async () => {
    const world = await makeWorld();
    const now = nowSec();
    const previous = await bundleOf(world, now - 10);
    const older = await bundleOf(world, now - 3600);
    const records = memory(previous, older);
    expect((await loadStoredTrust(now, records))?.bundle).toBe(previous);
    expect(records.bundle).toBe(previous);
    expect(records.candidate).toBeNull();
  });

  test("a stored bundle that no longer imports still throws its CardError", async () => {
    const world = await makeWorld();
    const now = nowSec();
    const records = memory(await bundleOf(world, now - 10, "not-a-status-list"), null);
    const error = await loadStoredTrust(now, records).catch((e: unknown) => e);
    expect(isCardError(error)).toBe(true);
  });
});
