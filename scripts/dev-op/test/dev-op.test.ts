import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as oauth from "oauth4webapi";
import { afterAll, beforeAll, describe, expect, it, type MockInstance, vi } from "vitest";
import { DevOpError } from "../errors.mjs";
import { type DevOp, startDevOp } from "../provider.mjs";
import { Browser, formAction, hiddenInputs, inputValue } from "./browser.ts";
import {
  beginLogin,
  callbackParams,
  discover,
  exchange,
  insecure,
  logIn,
  type RelyingParty,
  submitLogin,
} from "./relying-party.ts";

const APP = "http://127.0.0.1:8787";
const ANA = {
  email: "ana.perez@educacion.gob.ec",
  password: "clave-ana-1",
  given_name: "Ana María",
  family_name: "Pérez Loor",
  name: "Ana María Pérez Loor",
};
const LUIS = {
  email: "luis.tapia@educacion.gob.ec",
  password: "clave-luis-2",
  given_name: "Luis",
  family_name: "Tapia",
  name: "Luis Tapia",
};
const CLIENT = {
  client_id: "fixture-rp",
  client_secret: randomBytes(24).toString("base64url"),
  redirect_uris: [`${APP}/auth/callback`],
  post_logout_redirect_uris: [`${APP}/`],
};

/** The subject the OP must give an address: computed here independently of the OP's code. */
const expectedSub = (email: string) =>
  createHash("sha256").update(email.toLowerCase()).digest("hex").slice(0, 16);

/** The `kid` of the one key the OP publishes. */
async function kidOf(as: oauth.AuthorizationServer): Promise<string | undefined> {
  const jwks = (await (await fetch(as.jwks_uri ?? "")).json()) as { keys: { kid?: string }[] };
  expect(jwks.keys).toHaveLength(1);
  return jwks.keys[0]?.kid;
}

/** The text of the error box (role="alert") of a page, or undefined. */
const alertOf = (html: string) => html.match(/<div[^>]*role="alert"[^>]*>([\s\S]*?)<\/div>/)?.[1];

let dir: string;
let op: DevOp;
let rp: RelyingParty;
let warn: MockInstance;
let info: MockInstance;

beforeAll(async () => {
  warn = vi.spyOn(console, "warn");
  info = vi.spyOn(console, "info");
  dir = await mkdtemp(join(tmpdir(), "dev-op-"));
  op = await startDevOp({
    port: 0,
    keyFile: join(dir, "jwks.json"),
    clients: [CLIENT],
    accounts: [ANA, LUIS],
  });
  rp = {
    as: await discover(op.issuer),
    client: { client_id: CLIENT.client_id },
    redirectUri: CLIENT.redirect_uris[0] ?? "",
    secret: CLIENT.client_secret,
  };
});

afterAll(async () => {
  await op?.close();
  warn?.mockRestore();
  info?.mockRestore();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("startDevOp", () => {
  it("listens on a random port and names it in the issuer", () => {
    const { port } = new URL(op.issuer);
    expect(op.issuer).toMatch(/^http:\/\/localhost:\d+$/);
    expect(Number(port)).toBeGreaterThan(0);
    expect(op.url).toBe(op.issuer);
  });

  it("advertises code + PKCE S256, RS256 ID tokens and the two client-secret methods", () => {
    expect(rp.as.issuer).toBe(op.issuer);
    expect(rp.as.response_types_supported).toEqual(["code"]);
    expect(rp.as.code_challenge_methods_supported).toEqual(["S256"]);
    expect(rp.as.id_token_signing_alg_values_supported).toEqual(["RS256"]);
    expect(rp.as.token_endpoint_auth_methods_supported).toEqual([
      "client_secret_basic",
      "client_secret_post",
    ]);
    expect(rp.as.scopes_supported).toEqual(expect.arrayContaining(["openid", "email", "profile"]));
    expect(rp.as.end_session_endpoint).toBeTypeOf("string");
  });

  it("refuses bad accounts and clients with stable codes", async () => {
    const base = { port: 0, keyFile: join(dir, "jwks.json"), clients: [CLIENT] };
    await expect(
      startDevOp({ ...base, accounts: [ANA, { ...ANA, email: "ANA.perez@educacion.gob.ec" }] }),
    ).rejects.toMatchObject({
      code: "DEV_OP_ACCOUNT_DUPLICATE",
    });
    await expect(startDevOp({ ...base, accounts: [{ ...ANA, password: "" }] })).rejects.toBeInstanceOf(
      DevOpError,
    );
    await expect(startDevOp({ ...base, accounts: [{ ...ANA, email: "" }] })).rejects.toMatchObject({
      code: "DEV_OP_ACCOUNT_INVALID",
    });
    await expect(
      startDevOp({ ...base, accounts: [ANA], clients: [{ ...CLIENT, client_secret: "" }] }),
    ).rejects.toMatchObject({ code: "DEV_OP_CLIENT_INVALID" });
  });
});

describe("log-in page", () => {
  it("is Spanish first, accessible, script-free and under a strict CSP", async () => {
    const browser = new Browser();
    const attempt = await beginLogin(rp, browser);
    expect(attempt.response.status).toBe(200);
    expect(attempt.url.pathname).toMatch(/^\/interaction\/[\w-]+$/);
    expect(attempt.response.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await attempt.response.text();

    expect(html).toContain('<html lang="es">');
    expect(html).toContain("<title>Ingreso institucional — Ministerio de Educación (desarrollo)</title>");
    expect(html).toMatch(
      /<label for="email">Correo institucional<span class="en" lang="en">Institutional e-mail<\/span>/,
    );
    expect(html).toMatch(/<label for="password">Contraseña<span class="en" lang="en">Password<\/span>/);
    expect(html).toMatch(/<button type="submit">Ingresar<span class="en" lang="en">Sign in<\/span>/);
    expect(html).toContain("Proveedor de identidad de desarrollo");
    expect(html).toMatch(/<input id="email" name="email" type="email" autocomplete="username"/);
    expect(html).toMatch(
      /<input id="password" name="password" type="password" autocomplete="current-password"/,
    );
    expect(alertOf(html)).toBeUndefined();

    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//i); // nothing loaded from elsewhere
    expect(html).not.toContain("@import");

    const csp = attempt.response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(new RegExp(`form-action 'self' ${APP.replaceAll(".", "\\.")}(;|$)`));
    expect(csp).not.toContain("unsafe");
    const style = html.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? "";
    const styleHash = createHash("sha256").update(style).digest("base64");
    expect(csp).toContain(`style-src 'sha256-${styleHash}'`);
    expect(attempt.response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(attempt.response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers a wrong password and an unknown account with the same bilingual error, no redirect", async () => {
    const browser = new Browser();
    const attempt = await beginLogin(rp, browser);
    const page = { url: attempt.url, html: await attempt.response.text() };

    const wrong = await submitLogin(rp, browser, page, ANA.email, "not-her-password");
    const unknown = await submitLogin(rp, browser, page, "nadie@educacion.gob.ec", ANA.password);
    const empty = await submitLogin(rp, browser, page, "", "");

    const bodies = [];
    for (const { response } of [wrong, unknown, empty]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("location")).toBeNull();
      bodies.push(await response.text());
    }
    const [wrongHtml = "", unknownHtml = "", emptyHtml = ""] = bodies;
    const alert = alertOf(wrongHtml);
    expect(alert).toContain("El correo o la contraseña no son correctos.");
    expect(alert).toContain('<span class="en" lang="en">The e-mail or the password is not correct.');
    expect(alertOf(unknownHtml)).toBe(alert);
    expect(alertOf(emptyHtml)).toBe(alert);
    expect(wrongHtml).toMatch(/<div class="error" id="form-error" role="alert">/);
    expect(wrongHtml).toMatch(/id="email"[^>]*aria-describedby="form-error" aria-invalid="true"/);
    expect(wrongHtml).toMatch(/id="password"[^>]*aria-describedby="form-error" aria-invalid="true"/);
    expect(inputValue(wrongHtml, "email")).toBe(ANA.email);
    expect(wrongHtml).not.toContain("not-her-password");
    expect(wrongHtml).not.toMatch(/<script/i);

    // The same interaction still accepts the right password afterwards.
    const right = await submitLogin(rp, browser, page, ANA.email, ANA.password);
    expect(callbackParams(rp, right.response, attempt.state).get("code")).toBeTruthy();
  });
});

describe("authorization code + PKCE", () => {
  it("gives an ID token with the stable opaque sub, e-mail and names; userinfo agrees", async () => {
    const { tokens } = await logIn(rp, new Browser(), ANA.email, ANA.password);
    const claims = oauth.getValidatedIdTokenClaims(tokens);
    expect(claims).toMatchObject({
      iss: op.issuer,
      aud: CLIENT.client_id,
      sub: expectedSub(ANA.email),
      email: ANA.email,
      email_verified: true,
      name: ANA.name,
      given_name: ANA.given_name,
      family_name: ANA.family_name,
    });
    expect(claims?.sub).not.toContain("@");
    expect(tokens.token_type).toBe("bearer");
    expect(tokens.scope).toBe("openid email profile");

    const userinfo = await oauth.processUserInfoResponse(
      rp.as,
      rp.client,
      expectedSub(ANA.email),
      await oauth.userInfoRequest(rp.as, rp.client, tokens.access_token, insecure),
    );
    expect(userinfo).toMatchObject({ email: ANA.email, email_verified: true, name: ANA.name });
  });

  it("keeps the same sub for the same address in any case, and a different one per person", async () => {
    const first = await logIn(rp, new Browser(), LUIS.email, LUIS.password);
    const again = await logIn(rp, new Browser(), LUIS.email.toUpperCase(), LUIS.password);
    const ana = await logIn(rp, new Browser(), ANA.email, ANA.password);
    const sub = (result: typeof first) => oauth.getValidatedIdTokenClaims(result.tokens)?.sub;
    expect(sub(first)).toBe(expectedSub(LUIS.email));
    expect(sub(again)).toBe(sub(first));
    expect(sub(ana)).not.toBe(sub(first));
  });

  it("refuses a code without its PKCE verifier or with a wrong one, and redeems it only once", async () => {
    const browser = new Browser();
    const attempt = await beginLogin(rp, browser);
    const page = { url: attempt.url, html: await attempt.response.text() };
    const { response } = await submitLogin(rp, browser, page, ANA.email, ANA.password);
    const params = callbackParams(rp, response, attempt.state);

    const invalidGrant = { code: oauth.RESPONSE_BODY_ERROR, error: "invalid_grant" };
    await expect(exchange(rp, params, oauth.nopkce, attempt.nonce)).rejects.toMatchObject(invalidGrant);
    await expect(
      exchange(rp, params, oauth.generateRandomCodeVerifier(), attempt.nonce),
    ).rejects.toMatchObject(invalidGrant);
    const { tokens } = await exchange(rp, params, attempt.verifier, attempt.nonce);
    expect(tokens.access_token).toBeTruthy();
    await expect(exchange(rp, params, attempt.verifier, attempt.nonce)).rejects.toMatchObject(invalidGrant);
  });

  it("requires PKCE: an authorization request without code_challenge comes back with an error", async () => {
    const browser = new Browser();
    const attempt = await beginLogin(rp, browser, { code_challenge: "", code_challenge_method: "" });
    const location = new URL(attempt.response.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(rp.redirectUri);
    expect(location.searchParams.get("error")).toBe("invalid_request");
    expect(location.searchParams.get("error_description")).toMatch(/PKCE/);
  });

  it("accepts client_secret_post and refuses a wrong secret with invalid_client", async () => {
    const browser = new Browser();
    const attempt = await beginLogin(rp, browser);
    const page = { url: attempt.url, html: await attempt.response.text() };
    const { response } = await submitLogin(rp, browser, page, LUIS.email, LUIS.password);
    const params = callbackParams(rp, response, attempt.state);

    // 401 with a WWW-Authenticate challenge, as for a real confidential client.
    await expect(
      exchange(rp, params, attempt.verifier, attempt.nonce, oauth.ClientSecretBasic("wrong-secret")),
    ).rejects.toMatchObject({
      code: oauth.WWW_AUTHENTICATE_CHALLENGE,
      status: 401,
      cause: [expect.objectContaining({ parameters: expect.objectContaining({ error: "invalid_client" }) })],
    });
    const { tokens } = await exchange(
      rp,
      params,
      attempt.verifier,
      attempt.nonce,
      oauth.ClientSecretPost(CLIENT.client_secret),
    );
    expect(oauth.getValidatedIdTokenClaims(tokens)?.sub).toBe(expectedSub(LUIS.email));
  });
});

describe("sessions, prompt=login, cancel and log-out", () => {
  it("signs a returning user in without the form, and shows it again for prompt=login", async () => {
    const browser = new Browser();
    await logIn(rp, browser, ANA.email, ANA.password);
    expect(browser.cookieNames).toContain("_session");

    const silent = await beginLogin(rp, browser);
    const params = callbackParams(rp, silent.response, silent.state);
    const { tokens } = await exchange(rp, params, silent.verifier, silent.nonce);
    expect(oauth.getValidatedIdTokenClaims(tokens)?.sub).toBe(expectedSub(ANA.email));

    const forced = await beginLogin(rp, browser, { prompt: "login" });
    expect(forced.response.status).toBe(200);
    const html = await forced.response.text();
    expect(html).toContain("Correo institucional");
    // Another person may log in on the forced form; the new tokens are theirs.
    // Switching account ends the old session first: the OP's own auto-submitting page, whose one
    // inline script must be allowed by hash (and only it), then the code for the new account.
    const switching = await submitLogin(rp, browser, { url: forced.url, html }, LUIS.email, LUIS.password);
    expect(switching.response.status).toBe(200);
    const autoSubmit = await switching.response.text();
    const script = autoSubmit.match(/<script>([\s\S]*?)<\/script>/)?.[1] ?? "";
    const scriptHash = createHash("sha256").update(script).digest("base64");
    const switchCsp = switching.response.headers.get("content-security-policy") ?? "";
    expect(switchCsp).toMatch(new RegExp(`script-src 'sha256-${scriptHash.replace(/[+/]/g, "\\$&")}'(;|$)`));
    expect(switchCsp).not.toContain("'none' 'sha256");
    const { response } = await browser.submit(
      new URL(formAction(autoSubmit) ?? "", switching.url),
      hiddenInputs(autoSubmit),
      rp.as.issuer,
    );
    const switched = await exchange(
      rp,
      callbackParams(rp, response, forced.state),
      forced.verifier,
      forced.nonce,
    );
    expect(oauth.getValidatedIdTokenClaims(switched.tokens)?.sub).toBe(expectedSub(LUIS.email));
  });

  it("pre-fills login_hint and returns access_denied when the user cancels", async () => {
    const browser = new Browser();
    const attempt = await beginLogin(rp, browser, { login_hint: LUIS.email });
    const html = await attempt.response.text();
    expect(inputValue(html, "email")).toBe(LUIS.email);
    const cancel = html.match(/<form method="post" action="([^"]+\/abort)"/)?.[1] ?? "";
    const { response } = await browser.submit(new URL(cancel, attempt.url), {}, rp.as.issuer);
    expect(() => callbackParams(rp, response, attempt.state)).toThrow(
      expect.objectContaining({ code: oauth.AUTHORIZATION_RESPONSE_ERROR, error: "access_denied" }),
    );
  });

  it("logs out after a bilingual confirmation, returns to the post-logout URI and ends the session", async () => {
    const browser = new Browser();
    const { tokens } = await logIn(rp, browser, ANA.email, ANA.password);
    const endSession = new URL(rp.as.end_session_endpoint ?? "");
    endSession.search = new URLSearchParams({
      id_token_hint: tokens.id_token ?? "",
      post_logout_redirect_uri: `${APP}/`,
      state: "vuelta",
    }).toString();

    const confirm = await browser.navigate(endSession, rp.as.issuer);
    expect(confirm.response.status).toBe(200);
    const csp = confirm.response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'none'");
    const html = await confirm.response.text();
    expect(html).toContain('<html lang="es">');
    expect(html).toMatch(/Sí, cerrar sesión<span class="en" lang="en">Yes, sign out<\/span>/);
    expect(html).not.toMatch(/<script/i);
    const action = new URL(formAction(html, "op.logoutForm") ?? "", confirm.url);
    const xsrf = inputValue(html, "xsrf") ?? "";

    const { response } = await browser.submit(action, { xsrf, logout: "yes" }, rp.as.issuer);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${APP}/?state=vuelta`);
    expect(browser.cookieNames).not.toContain("_session");

    const next = await beginLogin(rp, browser);
    expect(next.response.status).toBe(200);
    expect(await next.response.text()).toContain("Correo institucional");
  });

  it("refuses a post-logout URI that is not registered, with a bilingual page", async () => {
    const url = new URL(rp.as.end_session_endpoint ?? "");
    url.search = new URLSearchParams({
      client_id: CLIENT.client_id,
      post_logout_redirect_uri: "http://evil.example/",
    }).toString();
    const response = await new Browser().request(url);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("No se pudo continuar");
    expect(html).toContain("post_logout_redirect_uri not registered");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
  });
});

describe("bad interaction requests never give a 500", () => {
  it("answers a lost, forged or malformed interaction with a bilingual 4xx page", async () => {
    const stranger = new Browser();
    const base = op.issuer;
    const lost = await stranger.request(`${base}/interaction/abc123`);
    expect(lost.status).toBe(400);
    expect(alertOf(await lost.text())).toContain("La solicitud de ingreso caducó o ya no es válida.");

    const forgedPost = await stranger.submit(
      new URL(`${base}/interaction/abc123/login`),
      { email: ANA.email, password: ANA.password },
      base,
    );
    expect(forgedPost.response.status).toBe(400);

    // A real interaction, but its form posted as JSON, too big, or to another uid.
    const browser = new Browser();
    const attempt = await beginLogin(rp, browser);
    await attempt.response.body?.cancel();
    const json = await browser.request(`${attempt.url}/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: ANA.email, password: ANA.password }),
    });
    expect(json.status).toBe(400);
    const big = await browser.submit(
      new URL(`${attempt.url}/login`),
      { email: ANA.email, password: "x".repeat(20_000) },
      base,
    );
    expect(big.response.status).toBe(400);
    const otherUid = await browser.request(`${base}/interaction/otheruid`);
    expect(otherUid.status).toBe(400);

    expect((await stranger.request(`${base}/interaction/a/b/c`)).status).toBe(404);
    expect((await stranger.request(`${base}/interaction/abc123/login`)).status).toBe(405);
    for (const response of [json, big.response, otherUid]) await response.body?.cancel();
  });
});

describe("signing key", () => {
  it("is kept in the key file (0600) and survives a restart on the same port", async () => {
    const keyFile = join(dir, "restart", "jwks.json");
    const first = await startDevOp({ port: 0, keyFile, clients: [CLIENT], accounts: [ANA] });
    const port = Number(new URL(first.issuer).port);
    const rp1: RelyingParty = { ...rp, as: await discover(first.issuer) };
    const { response } = await logIn(rp1, new Browser(), ANA.email, ANA.password);
    const kid1 = await kidOf(rp1.as);
    await first.close();

    const mode = (await stat(keyFile)).mode & 0o777;
    expect(mode).toBe(0o600);
    expect(JSON.parse(await readFile(keyFile, "utf8")).keys[0].kid).toBe(kid1);

    const second = await startDevOp({ port, keyFile, clients: [CLIENT], accounts: [ANA] });
    try {
      expect(second.issuer).toBe(first.issuer);
      const as2 = await discover(second.issuer);
      const kid2 = await kidOf(as2);
      expect(kid2).toBe(kid1);
      // The ID token signed before the restart still verifies against the restarted OP's JWKS.
      await expect(oauth.validateApplicationLevelSignature(as2, response, insecure)).resolves.toBeUndefined();
    } finally {
      await second.close();
    }

    // A different key file is a different key: the old ID token no longer verifies.
    const other = await startDevOp({
      port,
      keyFile: join(dir, "other", "jwks.json"),
      clients: [CLIENT],
      accounts: [ANA],
    });
    try {
      const as3 = await discover(other.issuer);
      await expect(oauth.validateApplicationLevelSignature(as3, response, insecure)).rejects.toMatchObject({
        code: oauth.KEY_SELECTION,
      });
    } finally {
      await other.close();
    }
  });

  it("refuses a key file that holds no private signing key", async () => {
    const keyFile = join(dir, "jwks-public.json");
    const { writeFile } = await import("node:fs/promises");
    await writeFile(keyFile, JSON.stringify({ keys: [{ kty: "RSA", n: "AQAB", e: "AQAB" }] }));
    await expect(startDevOp({ port: 0, keyFile, clients: [CLIENT], accounts: [ANA] })).rejects.toMatchObject({
      code: "DEV_OP_KEY_FILE_INVALID",
    });
  });
});

describe("console", () => {
  it("printed no oidc-provider warning or notice during the whole suite", () => {
    const lines = [...warn.mock.calls, ...info.mock.calls].map((call) => String(call[0]));
    expect(lines.filter((line) => line.includes("oidc-provider"))).toEqual([]);
  });
});
