import "./verifier-realm";
import { describe, expect, test } from "vitest";
import type { IssuedCard, MeResponse } from "#shared/api/me";
import {
  deviceKeyOf,
  needsRenewal,
  planSync,
  RENEW_BEFORE_SEC,
  RENEWAL_RETRY_SEC,
} from "../src/data/teacher-sync-plan";
import { localCard, makeCard, makeDevice, makeIssuer, nowSec } from "./teacher-fixtures";

const DAY = 86_400;
const issuer = await makeIssuer();
const device = await makeDevice();
const otherDevice = await makeDevice();

function me(state: MeResponse["state"], card: IssuedCard | null, consent = true): MeResponse {
  return {
    state,
    email: "maria.quishpe@educacion.gob.ec",
    name: "María Fernanda Quishpe Chimbo",
    consent: consent ? { version: "2026-12-01", acceptedAt: 1 } : null,
    currentConsentVersion: "2026-12-01",
    card,
  };
}

describe("planSync: what to do with the card on this device after GET /api/me", () => {
  test("the same card, far from expiry: keep it", async () => {
    const card = await makeCard(issuer, device);
    expect(planSync(localCard(card, device), me("ready", card), nowSec())).toEqual({ action: "keep" });
  });

  test("within 30 days of expiry: renew (at most every few hours after a failure)", async () => {
    const card = await makeCard(issuer, device, { validFor: 20 * DAY });
    const local = localCard(card, device);
    const now = nowSec();
    expect(planSync(local, me("ready", card), now)).toEqual({ action: "renew", why: "expiring" });
    expect(planSync(local, me("ready", card), now, now - 60)).toEqual({ action: "keep" });
    expect(planSync(local, me("ready", card), now, now - RENEWAL_RETRY_SEC)).toEqual({
      action: "renew",
      why: "expiring",
    });
  });

  test("no active card on the server (revoked, expired): renew", async () => {
    const card = await makeCard(issuer, device);
    expect(planSync(localCard(card, device), me("ready", null), nowSec())).toEqual({
      action: "renew",
      why: "revoked",
    });
  });

  test("a newer card for this device's key: adopt it; for another device's key: replaced elsewhere", async () => {
    const mine = await makeCard(issuer, device);
    const renewedHere = await makeCard(issuer, device);
    const elsewhere = await makeCard(issuer, otherDevice);
    const local = localCard(mine, device);
    expect(planSync(local, me("ready", renewedHere), nowSec())).toEqual({
      action: "adopt",
      card: renewedHere,
    });
    expect(planSync(local, me("ready", elsewhere), nowSec())).toEqual({ action: "elsewhere" });
  });

  test("the server no longer backs the card: forget it and go to the right step", async () => {
    const card = await makeCard(issuer, device);
    const local = localCard(card, device);
    expect(planSync(local, me("not_eligible", null), nowSec())).toEqual({
      action: "forget",
      next: "notEligible",
    });
    expect(planSync(local, me("needs_cedula", null, false), nowSec())).toEqual({
      action: "forget",
      next: "cedula",
    });
    expect(planSync(local, me("needs_consent", null, false), nowSec())).toEqual({
      action: "forget",
      next: "consent",
    });
  });

  test("a new version of the agreement: ask for it, keep the card", async () => {
    const card = await makeCard(issuer, device);
    expect(planSync(localCard(card, device), me("needs_consent", null, true), nowSec())).toEqual({
      action: "consent",
    });
  });

  test("needsRenewal and deviceKeyOf", async () => {
    const now = nowSec();
    expect(needsRenewal(now + RENEW_BEFORE_SEC, now)).toBe(true);
    expect(needsRenewal(now + RENEW_BEFORE_SEC + 1, now)).toBe(false);
    const card = await makeCard(issuer, device);
    expect(deviceKeyOf(card.jws)).toBe(device.k);
    expect(deviceKeyOf("a.b.c")).toBeNull();
    expect(deviceKeyOf("")).toBeNull();
  });
});
