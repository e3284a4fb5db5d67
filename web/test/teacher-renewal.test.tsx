import "./verifier-realm";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { IssuedCard, MeResponse } from "#shared/api/me";
import { setOpenerForTests } from "../src/data/card-store";
import { deviceKeyOf } from "../src/data/teacher-sync-plan";
import { App } from "../src/teacher/App";
import { restartBoot } from "../src/teacher/boot";
import { resetScreenFocus } from "../src/teacher/use-screen-focus";
import { buttonByText, click, mount } from "./render";
import { localCard, makeCard, makeDevice, makeIssuer, type TestIssuer } from "./teacher-fixtures";
import { memoryDb } from "./teacher-memory-db";

const DAY = 86_400;
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

function me(card: IssuedCard | null): MeResponse {
  return {
    state: "ready",
    email: "maria.quishpe@educacion.gob.ec",
    name: "María Fernanda Quishpe Chimbo",
    consent: { version: "2026-12-01", acceptedAt: 1 },
    currentConsentVersion: "2026-12-01",
    card,
  };
}

async function settle(until: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (until()) return;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
  throw new Error(`timed out waiting for ${what}`);
}

let db: ReturnType<typeof memoryDb>;
let issuer: TestIssuer;
beforeEach(async () => {
  db = memoryDb();
  setOpenerForTests(db.opener);
  resetScreenFocus();
  window.history.replaceState(null, "", "/");
  issuer = await makeIssuer();
});
afterEach(() => {
  setOpenerForTests(undefined);
  vi.unstubAllGlobals();
});

/** Stores a card on the "device" and serves GET /api/me and POST /api/me/card. */
async function scenario(options: { validFor: number; serverCard: "same" | "none" | "otherDevice" }) {
  const device = await makeDevice();
  const stored = await makeCard(issuer, device, { validFor: options.validFor });
  const local = localCard(stored, device);
  await db.put("card", "current", local.card);
  await db.put("device", "current", local.device);
  await restartBoot();
  const serverCard =
    options.serverCard === "same"
      ? stored
      : options.serverCard === "none"
        ? null
        : await makeCard(issuer, await makeDevice());
  const issued: IssuedCard[] = [];
  const posted: unknown[] = [];
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const key = `${init?.method ?? "GET"} ${String(input)}`;
    if (key === "GET /api/me") return json(200, me(serverCard));
    if (key === "POST /api/me/card") {
      posted.push(JSON.parse(String(init?.body)));
      const card = await makeCard(issuer, device, { validFor: 300 * DAY });
      issued.push(card);
      return json(201, card);
    }
    throw new TypeError("Failed to fetch");
  });
  return { stored, device, issued, posted };
}

describe("renewal: when online, a card within 30 days of expiry or revoked is replaced, and the teacher told", () => {
  test("within 30 days of expiry: renewed with the same device key, stored, announced", async () => {
    const { stored, device, issued, posted } = await scenario({ validFor: 20 * DAY, serverCard: "same" });
    const root = await mount(<App />);
    await settle(() => issued.length === 1 && root.querySelector(".notices--shown") !== null, "the renewal");
    const jwk = posted[0] as { devicePublicKey: { kty: string; crv: string; x: string; y: string } };
    expect(Object.keys(jwk.devicePublicKey).sort()).toEqual(["crv", "kty", "x", "y"]);
    const saved = db.contents("card").get("current") as { cardId: string; jws: string };
    expect(saved.cardId).toBe(issued[0]?.cardId);
    expect(saved.cardId).not.toBe(stored.cardId);
    expect(deviceKeyOf(saved.jws)).toBe(device.k);
    expect(root.querySelector('.notices[role="status"]')?.textContent).toContain(
      "Renovamos su carnet: ahora es válido hasta el",
    );
    await click(buttonByText(root, "Entendido"));
    expect(root.querySelector(".notices--shown")).toBeNull();
  });

  test("revoked (no active card on the server): a new one is issued and the teacher told why", async () => {
    const { issued } = await scenario({ validFor: 200 * DAY, serverCard: "none" });
    const root = await mount(<App />);
    await settle(() => issued.length === 1 && root.querySelector(".notices--shown") !== null, "the reissue");
    expect(root.querySelector(".notices")?.textContent).toContain("Su carnet anterior había sido anulado");
  });

  test("far from expiry and still active: nothing is issued", async () => {
    const { issued } = await scenario({ validFor: 200 * DAY, serverCard: "same" });
    const root = await mount(<App />);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    expect(issued).toHaveLength(0);
    expect(root.querySelector(".notices--shown")).toBeNull();
    expect(root.querySelector("figure.qr svg")).not.toBeNull();
  });

  test("activated on another device: the QR is withdrawn here and the teacher may take the card back", async () => {
    const { issued } = await scenario({ validFor: 200 * DAY, serverCard: "otherDevice" });
    const root = await mount(<App />);
    await settle(() => root.querySelector(".notices--shown") !== null, "the notice");
    expect(root.querySelector(".notices")?.textContent).toContain("se activó en otro dispositivo");
    expect(root.querySelector("figure.qr")).toBeNull();
    expect(issued).toHaveLength(0);
    await click(buttonByText(root, "Activar en este dispositivo"));
    await settle(() => issued.length === 1 && root.querySelector("figure.qr svg") !== null, "the new card");
    expect(root.querySelector(".notices--shown")).toBeNull();
  });
});

describe("logged out: the public status list still tells a revoked card", () => {
  test("revoked while the session had ended: the teacher is asked to sign in to renew", async () => {
    const { StatusBits } = await import("#shared/status-list/encode");
    const { signStatusList } = await import("#shared/status-list/sign");
    const device = await makeDevice();
    const stored = await makeCard(issuer, device, { validFor: 200 * DAY, sli: 9 });
    const local = localCard(stored, device);
    await db.put("card", "current", local.card);
    await db.put("device", "current", local.device);
    await restartBoot();
    const bits = new StatusBits(16_384);
    bits.set(9, true);
    const now = Math.floor(Date.now() / 1000);
    const list = await signStatusList(
      { uri: "https://carnet.test/sl", bits, iat: now, exp: now + DAY, ttl: 3600 },
      issuer,
    );
    vi.stubGlobal("fetch", async (input: RequestInfo | URL) => {
      const path = String(input);
      if (path === "/api/me")
        return json(401, { error: { code: "UNAUTHORIZED", message: { es: "x", en: "x" } } });
      if (path === "/.well-known/jwks.json") return json(200, issuer.jwks);
      if (path === "/api/status-list") return new Response(list);
      throw new TypeError("Failed to fetch");
    });
    const root = await mount(<App />);
    await settle(() => root.querySelector(".notices--shown") !== null, "the notice");
    expect(root.querySelector(".notices")?.textContent).toContain("Inicie sesión para renovarlo");
    expect(buttonByText(root, "Iniciar sesión con la cuenta institucional")).toBeDefined();
  });
});
