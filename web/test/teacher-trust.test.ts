import "./verifier-realm";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { StatusBits } from "#shared/status-list/encode";
import { signStatusList } from "#shared/status-list/sign";
import { setOpenerForTests } from "../src/data/card-store";
import { revocationOf, statusIndexOf } from "../src/data/teacher-trust";
import { localCard, makeCard, makeDevice, makeIssuer, nowSec, type TestIssuer } from "./teacher-fixtures";
import { memoryDb } from "./teacher-memory-db";

let db: ReturnType<typeof memoryDb>;
beforeEach(() => {
  db = memoryDb();
  setOpenerForTests(db.opener);
});
afterEach(() => {
  setOpenerForTests(undefined);
  vi.unstubAllGlobals();
});

async function publish(issuer: TestIssuer, revoked: number[], signer: TestIssuer = issuer) {
  const bits = new StatusBits(16_384);
  for (const index of revoked) bits.set(index, true);
  const now = nowSec();
  const list = await signStatusList(
    { uri: "https://carnet.test/api/status-list", bits, iat: now, exp: now + 86_400, ttl: 3600 },
    signer,
  );
  vi.stubGlobal("fetch", async (input: RequestInfo | URL) => {
    if (String(input) === "/.well-known/jwks.json") return new Response(JSON.stringify(issuer.jwks));
    if (String(input) === "/api/status-list") return new Response(list);
    throw new TypeError("Failed to fetch");
  });
}

describe("revocation from the public status list (no session needed)", () => {
  test("a revoked card is seen as revoked; the verified trust data is kept on the device", async () => {
    const issuer = await makeIssuer();
    const device = await makeDevice();
    const card = localCard(await makeCard(issuer, device, { sli: 42 }), device).card;
    expect(statusIndexOf(card.jws)).toBe(42);
    await publish(issuer, [42]);
    expect(await revocationOf(card, nowSec())).toBe(true);
    const trust = db.contents("trust").get("current") as { jwks: unknown; statusList: string };
    expect(trust.jwks).toEqual(issuer.jwks);
    expect(trust.statusList.split(".")).toHaveLength(3);
  });

  test("a card still in good standing is not", async () => {
    const issuer = await makeIssuer();
    const device = await makeDevice();
    const card = localCard(await makeCard(issuer, device, { sli: 42 }), device).card;
    await publish(issuer, [41, 43]);
    expect(await revocationOf(card, nowSec())).toBe(false);
  });

  test("a list that does not verify against the keys, or no network: unknown, and nothing kept", async () => {
    const issuer = await makeIssuer();
    const device = await makeDevice();
    const card = localCard(await makeCard(issuer, device, { sli: 42 }), device).card;
    await publish(issuer, [42], await makeIssuer());
    expect(await revocationOf(card, nowSec())).toBeNull();
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(await revocationOf(card, nowSec())).toBeNull();
    expect(db.contents("trust").size).toBe(0);
    expect(statusIndexOf("not.a.card")).toBeNull();
  });
});
