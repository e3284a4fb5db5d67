import { Hono, type MiddlewareHandler } from "hono";
import { decodeJwt } from "jose";
import {
  cedulaBodySchema,
  consentBodySchema,
  type IssuedCard,
  issueCardBodySchema,
  type MeResponse,
} from "#shared/api/me";
import type { CardClaims } from "#shared/card/claims";
import { CONSENT_VERSION, consentTextHash } from "#shared/consent/acuerdo";
import { validateCedula } from "#shared/validators/cedula";
import { closeSession, nowSec, requireSession } from "../auth/session.ts";
import { displayRecord, issueCard } from "../cards/issue.ts";
import {
  deleteAccount,
  deleteCedulaAttempts,
  insertAccount,
  insertCedulaAttempt,
  listCedulaAttempts,
} from "../db/accounts.ts";
import { insertAudit } from "../db/audit.ts";
import { listCardsOf, readActiveCard, revokeCardsOf } from "../db/cards.ts";
import { insertConsent, listConsents, withdrawConsents } from "../db/consents.ts";
import { insertDeletionRequest, listDeletionRequests } from "../db/deletion-requests.ts";
import type { RosterPlacement } from "../db/roster.ts";
import { countSessionsOf, deleteSessionsOf } from "../db/sessions.ts";
import type { Standing } from "../db/standing.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../http/api-error.ts";
import { parseBody } from "../http/body.ts";

/** Wrong cédula answers allowed per account per hour. */
export const CEDULA_ATTEMPTS_PER_HOUR = 5;
const CONTACT = "Dirección Distrital de Educación de su distrito / carnet.docente@educacion.gob.ec";

const currentCard = async (
  db: D1Database,
  person: RosterPlacement,
  now: number,
): Promise<IssuedCard | null> => {
  const record = await readActiveCard(db, person.cedula, now);
  if (record === null) return null;
  const claims = decodeJwt(record.jws) as unknown as CardClaims;
  return { jws: record.jws, cardId: record.id, display: displayRecord(person, claims) };
};

function requireEligible(s: Standing) {
  if (s.account === null) throw new ApiError(409, "CEDULA_REQUIRED", "error.cedula_required");
  if (s.person === null || s.person.status !== "activo" || s.person.cedula !== s.account.cedula) {
    throw new ApiError(403, "NOT_ELIGIBLE", "error.not_eligible");
  }
  return { person: s.person, account: s.account };
}

/** Personal answers are never stored by a browser or proxy cache. */
const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.header("Cache-Control", "no-store");
};

export const meRoutes = new Hono<AppEnv>()
  .use("/api/me", requireSession, noStore)
  .use("/api/me/*", requireSession, noStore)
  .get("/api/me", async (c) => {
    const { email, name } = c.var.session;
    const now = nowSec();
    const { person, account, consent } = c.var.standing;
    const base = {
      email,
      name: person === null ? name : `${person.givenNames} ${person.surnames}`,
      consent: consent === null ? null : { version: consent.version, acceptedAt: consent.acceptedAt },
      currentConsentVersion: CONSENT_VERSION,
      card: null,
    };
    let body: MeResponse;
    if (person === null) {
      body = { ...base, state: "not_eligible", reason: "NOT_IN_ROSTER", contact: CONTACT };
    } else if (person.status !== "activo") {
      body = { ...base, state: "not_eligible", reason: "INACTIVE", contact: CONTACT };
    } else if (account === null) {
      body = { ...base, state: "needs_cedula" };
    } else if (consent === null || consent.version !== CONSENT_VERSION) {
      body = { ...base, state: "needs_consent" };
    } else {
      body = { ...base, state: "ready", card: await currentCard(c.env.DB, person, now) };
    }
    return c.json(body);
  })
  .post("/api/me/cedula", async (c) => {
    const { email, sub } = c.var.session;
    const now = nowSec();
    const { cedula } = await parseBody(c, cedulaBodySchema);
    if (c.var.standing.account !== null) {
      throw new ApiError(409, "ALREADY_BOUND", "error.already_bound");
    }
    const attempts = await listCedulaAttempts(c.env.DB, email, now - 3600);
    if (attempts.length >= CEDULA_ATTEMPTS_PER_HOUR) {
      const retryAfter = Math.max(1, (attempts[0] ?? now) + 3600 - now);
      throw new ApiError(429, "RATE_LIMITED", "error.rate_limited", {
        details: { retryAfter },
        headers: { "Retry-After": String(retryAfter) },
      });
    }
    const valid = validateCedula(cedula);
    if (!valid.ok) throw new ApiError(400, valid.code, `validator.${valid.code}`);
    // Only the logged-in account's own roster row is compared: the answer says nothing about
    // whether the number entered belongs to somebody else.
    const { person } = c.var.standing;
    if (person === null) throw new ApiError(403, "NOT_ELIGIBLE", "error.not_eligible");
    if (person.cedula !== valid.value) {
      await insertCedulaAttempt(c.env.DB, email, now);
      const remaining = CEDULA_ATTEMPTS_PER_HOUR - attempts.length - 1;
      throw new ApiError(422, "CEDULA_MISMATCH", "error.cedula_mismatch", { details: { remaining } });
    }
    await insertAccount(c.env.DB, { email, sub, cedula: valid.value, boundAt: now });
    await deleteCedulaAttempts(c.env.DB, email);
    await insertAudit(c.env.DB, { at: now, actor: email, action: "cedula.bind" }).run();
    return c.json({ ok: true });
  })
  .post("/api/me/consent", async (c) => {
    const { email } = c.var.session;
    const now = nowSec();
    const body = await parseBody(c, consentBodySchema);
    const s = c.var.standing;
    if (s.account === null) throw new ApiError(409, "CEDULA_REQUIRED", "error.cedula_required");
    if (body.version !== CONSENT_VERSION || body.textHash !== (await consentTextHash())) {
      throw new ApiError(409, "CONSENT_OUTDATED", "error.consent_outdated");
    }
    await c.env.DB.batch([
      withdrawConsents(c.env.DB, s.account.cedula, now),
      insertConsent(c.env.DB, s.account.cedula, body.version, body.textHash, now),
      insertAudit(c.env.DB, { at: now, actor: email, action: "consent.accept", detail: body.version }),
    ]);
    return c.json({ ok: true, version: body.version, acceptedAt: now });
  })
  .delete("/api/me/consent", async (c) => {
    const { email } = c.var.session;
    const now = nowSec();
    const { account } = c.var.standing;
    if (account === null) throw new ApiError(409, "CEDULA_REQUIRED", "error.cedula_required");
    await c.env.DB.batch([
      withdrawConsents(c.env.DB, account.cedula, now),
      revokeCardsOf(c.env.DB, account.cedula, now, "consent_withdrawn"),
      insertAudit(c.env.DB, { at: now, actor: email, action: "consent.withdraw" }),
    ]);
    return c.json({ ok: true });
  })
  .post("/api/me/card", async (c) => {
    const { email } = c.var.session;
    const now = nowSec();
    const { devicePublicKey } = await parseBody(c, issueCardBodySchema);
    const s = c.var.standing;
    const { person } = requireEligible(s);
    if (s.consent === null || s.consent.version !== CONSENT_VERSION) {
      throw new ApiError(409, "CONSENT_REQUIRED", "error.consent_required");
    }
    return c.json(await issueCard(c.env, person, devicePublicKey, now, email), 201);
  })
  .get("/api/me/card", async (c) => {
    const s = c.var.standing;
    const { person } = requireEligible(s);
    const card = await currentCard(c.env.DB, person, nowSec());
    if (card === null) throw new ApiError(404, "NO_CARD", "error.no_card");
    return c.json(card);
  })
  .get("/api/me/export", async (c) => {
    const { email, sub } = c.var.session;
    const s = c.var.standing;
    const cedula = s.account?.cedula ?? null;
    const [consents, cards, deletionRequests, sessions] = await Promise.all([
      cedula === null ? [] : listConsents(c.env.DB, cedula),
      cedula === null ? [] : listCardsOf(c.env.DB, cedula),
      listDeletionRequests(c.env.DB, email),
      countSessionsOf(c.env.DB, email),
    ]);
    const data = {
      exportedAt: new Date().toISOString(),
      controller: "Ministerio de Educación del Ecuador",
      account: { email, sub, cedula, boundAt: s.account?.boundAt ?? null },
      roster: s.person,
      consents,
      cards: cards.map(({ jws: _jws, ...card }) => card),
      deletionRequests,
      activeSessions: sessions,
    };
    return c.json(data, 200, {
      "Content-Disposition": 'attachment; filename="mis-datos-carnet-docente.json"',
    });
  })
  .post("/api/me/deletion-request", async (c) => {
    const { email } = c.var.session;
    const now = nowSec();
    const { account } = c.var.standing;
    const statements = [
      insertDeletionRequest(c.env.DB, { cedula: account?.cedula ?? "", email, at: now }),
      insertAudit(c.env.DB, { at: now, actor: email, action: "data.deletion_request" }),
    ];
    if (account !== null) {
      statements.push(
        withdrawConsents(c.env.DB, account.cedula, now),
        revokeCardsOf(c.env.DB, account.cedula, now, "deletion_requested"),
      );
    }
    await c.env.DB.batch(statements);
    await deleteAccount(c.env.DB, email);
    await deleteCedulaAttempts(c.env.DB, email);
    await closeSession(c);
    await deleteSessionsOf(c.env.DB, email);
    return c.json({ ok: true, requestedAt: now }, 202);
  });
