import { CLAIMS_BY_SCOPE } from "./accounts.mjs";
import { errorPage, loginPage, MESSAGES } from "./pages.mjs";

/**
 * The OP's own interaction routes (oidc-provider's devInteractions are disabled):
 *   GET  /interaction/:uid         log-in form, or — for a consent prompt — an automatic grant
 *   POST /interaction/:uid/login   check e-mail + password; wrong → the same form with an error
 *                                  (status 200, as Entra ID does: a 4xx document is logged as a
 *                                  console error by browsers, noise in the app's browser tests)
 *   POST /interaction/:uid/abort   the user cancels → access_denied back to the relying party
 * A dev OP has no consent screen: the requested openid/email/profile scopes are granted.
 */

const FORM_LIMIT_BYTES = 8 * 1024;
const GRANTABLE_SCOPES = new Set(Object.keys(CLAIMS_BY_SCOPE));
const ROUTE = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|abort))?$/;

class BadForm extends Error {}

/**
 * @param {{ provider: any, accounts: ReturnType<typeof import("./accounts.mjs").createAccountBook>,
 *   SessionNotFound: new (...args: any[]) => Error }} deps
 */
export function interactionRoutes({ provider, accounts, SessionNotFound }) {
  /** @param {any} ctx @param {number} status @param {string} html */
  const send = (ctx, status, html) => {
    ctx.status = status;
    ctx.type = "html";
    ctx.body = html;
  };

  /** @param {any} ctx @param {string} uid */
  const detailsFor = async (ctx, uid) => {
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    if (details.uid !== uid) throw new SessionNotFound("interaction uid does not match its cookie");
    return details;
  };

  /** @param {any} ctx @param {string} returnTo */
  const redirect = (ctx, returnTo) => {
    ctx.status = 303;
    ctx.redirect(returnTo);
  };

  /** Finishes a consent prompt by granting exactly what oidc-provider reports as missing. */
  const grantMissing = async (/** @type {any} */ details) => {
    const missing = details.prompt.details ?? {};
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, /** @type {string[]} */ (scopes).join(" "));
    }
    const grantId = await grant.save();
    return details.grantId ? {} : { grantId };
  };

  /** A grant made with the log-in, saving the extra round trip of a separate consent prompt. */
  const grantRequested = async (/** @type {any} */ details, /** @type {string} */ accountId) => {
    const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
    const scopes = String(details.params.scope ?? "")
      .split(" ")
      .filter((scope) => GRANTABLE_SCOPES.has(scope));
    grant.addOIDCScope(scopes.join(" "));
    return grant.save();
  };

  /** @param {any} ctx @param {string} uid */
  const show = async (ctx, uid) => {
    const details = await detailsFor(ctx, uid);
    if (details.prompt.name === "consent") {
      const consent = await grantMissing(details);
      return redirect(ctx, await provider.interactionResult(ctx.req, ctx.res, { consent }));
    }
    return send(
      ctx,
      200,
      loginPage({ uid, client: details.params.client_id, email: details.params.login_hint ?? "" }),
    );
  };

  /** @param {any} ctx @param {string} uid */
  const login = async (ctx, uid) => {
    const form = await readForm(ctx.req);
    const details = await detailsFor(ctx, uid);
    if (details.prompt.name !== "login") return redirect(ctx, `/interaction/${uid}`);
    const email = form.get("email") ?? "";
    const account = accounts.verify(email, form.get("password") ?? "");
    if (!account) {
      return send(ctx, 200, loginPage({ uid, client: details.params.client_id, email, failed: true }));
    }
    const grantId = await grantRequested(details, account.accountId);
    const result = { login: { accountId: account.accountId, amr: ["pwd"] }, consent: { grantId } };
    const returnTo = await provider.interactionResult(ctx.req, ctx.res, result, {
      mergeWithLastSubmission: false,
    });
    return redirect(ctx, returnTo);
  };

  /** @param {any} ctx @param {string} uid */
  const abort = async (ctx, uid) => {
    await readForm(ctx.req);
    await detailsFor(ctx, uid);
    const result = { error: "access_denied", error_description: "End-User aborted interaction" };
    const returnTo = await provider.interactionResult(ctx.req, ctx.res, result, {
      mergeWithLastSubmission: false,
    });
    return redirect(ctx, returnTo);
  };

  return async function interactions(/** @type {any} */ ctx, /** @type {() => Promise<void>} */ next) {
    if (!ctx.path.startsWith("/interaction/")) return next();
    ctx.set("Cache-Control", "no-store");
    const match = ROUTE.exec(ctx.path);
    if (!match) return send(ctx, 404, errorPage(MESSAGES.notFound));
    const [, uid = "", action] = match;
    const expected = action ? "POST" : "GET";
    if (ctx.method !== expected && !(expected === "GET" && ctx.method === "HEAD")) {
      ctx.set("Allow", expected);
      return send(ctx, 405, errorPage(MESSAGES.badRequest));
    }
    try {
      if (action === "login") return await login(ctx, uid);
      if (action === "abort") return await abort(ctx, uid);
      return await show(ctx, uid);
    } catch (error) {
      if (error instanceof SessionNotFound) return send(ctx, 400, errorPage(MESSAGES.interactionLost));
      if (error instanceof BadForm) return send(ctx, 400, errorPage(MESSAGES.badRequest));
      console.error("dev-op: interaction failed", error);
      return send(ctx, 500, errorPage(MESSAGES.internal));
    }
  };
}

/**
 * Reads an application/x-www-form-urlencoded body of at most 8 KiB.
 * @param {import("node:http").IncomingMessage} req
 */
async function readForm(req) {
  const type = String(req.headers["content-type"] ?? "").toLowerCase();
  if (!type.startsWith("application/x-www-form-urlencoded")) throw new BadForm("not a form post");
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > FORM_LIMIT_BYTES) throw new BadForm("form too large");
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}
