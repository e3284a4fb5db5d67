import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import type { IssuedCard, MeResponse } from "#shared/api/me";
import { createPresentation, verifyPresentation } from "#shared/card/presentation";
import { importTrust } from "#shared/card/trust";
import { CONSENT_VERSION, consentTextHash } from "#shared/consent/acuerdo";
import { CEDULA_ATTEMPTS_PER_HOUR } from "../src/routes/me.ts";
import { addToRoster, call, json, sessionFor } from "./helpers.ts";

const maria = {
  cedula: "1707418388",
  email: "maria.quishpe@educacion.gob.ec",
  given: "María Fernanda",
  surnames: "Quishpe Chimbo",
};

async function me(cookie: string): Promise<MeResponse> {
  const res = await call("/api/me", { cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as MeResponse;
}

async function deviceKey() {
  const pair = (await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, [
    "sign",
    "verify",
  ])) as CryptoKeyPair;
  const jwk = (await crypto.subtle.exportKey("jwk", pair.publicKey)) as JsonWebKey;
  return { privateKey: pair.privateKey, publicJwk: { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y } };
}

async function trustNow() {
  const jwks = await (await call("/.well-known/jwks.json")).json();
  const statusList = await (await call("/api/status-list")).text();
  const now = Math.floor(Date.now() / 1000);
  return importTrust({ jwks: jwks as { keys: unknown[] }, statusList, fetchedAt: now }, now);
}

async function acceptConsent(cookie: string) {
  return call(
    "/api/me/consent",
    json({ version: CONSENT_VERSION, textHash: await consentTextHash() }, cookie),
  );
}

describe("/api/me without a session", () => {
  it("is 401 with the bilingual body", async () => {
    const res = await call("/api/me");
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("UNAUTHORIZED");
  });
});

describe("teacher journey on the API", () => {
  let cookie: string;
  beforeEach(async () => {
    await addToRoster(maria);
    cookie = await sessionFor(maria.email);
  });

  it("goes cédula → consent → card, and the card verifies live against the published keys", async () => {
    expect((await me(cookie)).state).toBe("needs_cedula");

    const bad = await call("/api/me/cedula", json({ cedula: "1707418389" }, cookie));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("CEDULA_CHECK_DIGIT");

    const ok = await call("/api/me/cedula", json({ cedula: "1707418388" }, cookie));
    expect(ok.status).toBe(200);
    expect((await me(cookie)).state).toBe("needs_consent");

    const noConsent = await call(
      "/api/me/card",
      json({ devicePublicKey: (await deviceKey()).publicJwk }, cookie),
    );
    expect(noConsent.status).toBe(409);

    expect((await acceptConsent(cookie)).status).toBe(200);
    const ready = await me(cookie);
    expect(ready.state).toBe("ready");
    expect(ready.card).toBeNull();

    const device = await deviceKey();
    const issued = await call("/api/me/card", json({ devicePublicKey: device.publicJwk }, cookie));
    expect(issued.status).toBe(201);
    const card = (await issued.json()) as IssuedCard;
    expect(card.display).toMatchObject({
      name: "María Fernanda Quishpe Chimbo",
      post: "doc",
      role: "docente",
      amie: "17H00662",
      schoolName: "Unidad Educativa Montúfar",
      district: "17D04",
      province: "Pichincha",
      cedulaLast4: "8388",
    });
    expect(card.jws).not.toContain("1707418388");

    const now = Math.floor(Date.now() / 1000);
    const trust = await trustNow();
    const qr = await createPresentation(card.jws, device.privateKey, now);
    const result = await verifyPresentation(qr, trust, now);
    expect(result).toMatchObject({ valid: true, kind: "live" });

    expect((await me(cookie)).card?.cardId).toBe(card.cardId);
  });

  it("a new card revokes the previous one in the status list", async () => {
    await call("/api/me/cedula", json({ cedula: maria.cedula }, cookie));
    await acceptConsent(cookie);
    const d1 = await deviceKey();
    const first = (await (
      await call("/api/me/card", json({ devicePublicKey: d1.publicJwk }, cookie))
    ).json()) as IssuedCard;
    const d2 = await deviceKey();
    const second = (await (
      await call("/api/me/card", json({ devicePublicKey: d2.publicJwk }, cookie))
    ).json()) as IssuedCard;
    expect(second.cardId).not.toBe(first.cardId);
    const now = Math.floor(Date.now() / 1000);
    const trust = await trustNow();
    expect(
      await verifyPresentation(await createPresentation(first.jws, d1.privateKey, now), trust, now),
    ).toMatchObject({
      valid: false,
      reason: "REVOKED",
    });
    expect(
      await verifyPresentation(await createPresentation(second.jws, d2.privateKey, now), trust, now),
    ).toMatchObject({
      valid: true,
    });
  });

  it("withdrawing consent revokes the card and asks for consent again", async () => {
    await call("/api/me/cedula", json({ cedula: maria.cedula }, cookie));
    await acceptConsent(cookie);
    const device = await deviceKey();
    const card = (await (
      await call("/api/me/card", json({ devicePublicKey: device.publicJwk }, cookie))
    ).json()) as IssuedCard;
    const res = await call("/api/me/consent", { method: "DELETE", cookie });
    expect(res.status).toBe(200);
    expect((await me(cookie)).state).toBe("needs_consent");
    const now = Math.floor(Date.now() / 1000);
    const result = await verifyPresentation(
      await createPresentation(card.jws, device.privateKey, now),
      await trustNow(),
      now,
    );
    expect(result).toMatchObject({ valid: false, reason: "REVOKED" });
  });

  it("rate-limits wrong cédula answers and never says whose number it is", async () => {
    // A valid cédula of somebody else in the roster gets the same answer as an unknown one.
    await addToRoster({
      cedula: "0926687856",
      email: "otro@educacion.gob.ec",
      given: "Otro",
      surnames: "Docente",
    });
    const someoneElse = await call("/api/me/cedula", json({ cedula: "0926687856" }, cookie));
    const nobody = await call("/api/me/cedula", json({ cedula: "1710034065" }, cookie));
    expect(someoneElse.status).toBe(422);
    expect(nobody.status).toBe(422);
    const a = (await someoneElse.json()) as { error: { code: string; message: unknown } };
    const b = (await nobody.json()) as { error: { code: string; message: unknown } };
    expect(a.error.code).toBe("CEDULA_MISMATCH");
    expect(b.error.code).toBe(a.error.code);
    expect(b.error.message).toEqual(a.error.message);

    for (let i = 2; i < CEDULA_ATTEMPTS_PER_HOUR; i++) {
      expect((await call("/api/me/cedula", json({ cedula: "1710034065" }, cookie))).status).toBe(422);
    }
    const limited = await call("/api/me/cedula", json({ cedula: maria.cedula }, cookie));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(3000);
    expect((await me(cookie)).state).toBe("needs_cedula");
  });

  it("says not eligible, with whom to contact, for an inactive person or one not on the roster", async () => {
    await addToRoster({
      cedula: "0102030400",
      email: "inactivo@educacion.gob.ec",
      given: "Carlos",
      surnames: "Yánez",
      status: "inactivo",
    });
    const inactive = await me(await sessionFor("inactivo@educacion.gob.ec"));
    expect(inactive).toMatchObject({ state: "not_eligible", reason: "INACTIVE" });
    expect(inactive.contact).toBeTruthy();
    expect(await me(await sessionFor("nadie@educacion.gob.ec"))).toMatchObject({
      state: "not_eligible",
      reason: "NOT_IN_ROSTER",
    });
  });

  it("exports everything held about the person, and a deletion request revokes and signs out", async () => {
    await call("/api/me/cedula", json({ cedula: maria.cedula }, cookie));
    await acceptConsent(cookie);
    await call("/api/me/card", json({ devicePublicKey: (await deviceKey()).publicJwk }, cookie));
    const exp = await call("/api/me/export", { cookie });
    expect(exp.status).toBe(200);
    expect(exp.headers.get("Content-Disposition")).toContain("attachment");
    const data = (await exp.json()) as {
      account: { cedula: string };
      consents: unknown[];
      cards: { revokedAt: unknown }[];
    };
    expect(data.account.cedula).toBe(maria.cedula);
    expect(data.consents).toHaveLength(1);
    expect(data.cards).toHaveLength(1);

    const del = await call("/api/me/deletion-request", { method: "POST", cookie });
    expect(del.status).toBe(202);
    expect((await call("/api/me", { cookie })).status).toBe(401);
    const revoked = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM card WHERE cedula = ?1 AND revoked_at IS NOT NULL",
    )
      .bind(maria.cedula)
      .first<{ n: number }>();
    expect(revoked?.n).toBe(1);
  });

  it("refuses a device key that is not a point on P-256, with a 400 and no card", async () => {
    await call("/api/me/cedula", json({ cedula: maria.cedula }, cookie));
    await acceptConsent(cookie);
    const { publicJwk } = await deviceKey();
    // Same x, another y: well-formed base64url, but not on the curve.
    const offCurve = { ...publicJwk, y: publicJwk.x };
    const res = await call("/api/me/card", json({ devicePublicKey: offCurve }, cookie));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("BAD_DEVICE_KEY");
    expect((await me(cookie)).card).toBeNull();
  });

  it("rejects a bad body with the field named, and a wrong content type", async () => {
    const res = await call(
      "/api/me/card",
      json({ devicePublicKey: { kty: "EC", crv: "P-384", x: "a", y: "b" } }, cookie),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { path: string }[] } };
    expect(body.error.code).toBe("VALIDATION");
    expect(body.error.details.map((d) => d.path)).toContain("devicePublicKey.crv");
    const text = await call("/api/me/cedula", {
      method: "POST",
      body: "cedula=1",
      cookie,
      headers: { "Content-Type": "text/plain" },
    });
    expect(text.status).toBe(415);
  });
});
