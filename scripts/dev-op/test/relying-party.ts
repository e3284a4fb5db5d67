import * as oauth from "oauth4webapi";
import { type Browser, formAction } from "./browser.ts";

/** The options every oauth4webapi call needs against the plain-http loopback issuer. */
export const insecure = { [oauth.allowInsecureRequests]: true } as const;

export interface RelyingParty {
  as: oauth.AuthorizationServer;
  client: oauth.Client;
  redirectUri: string;
  secret: string;
}

export async function discover(issuer: string): Promise<oauth.AuthorizationServer> {
  const url = new URL(issuer);
  return oauth.processDiscoveryResponse(url, await oauth.discoveryRequest(url, insecure));
}

export interface Attempt {
  verifier: string;
  state: string;
  nonce: string;
  /** The OP page the browser stopped on (the log-in form) — or the redirect to the app. */
  response: Response;
  url: URL;
}

/** Sends the browser to the authorization endpoint (code + PKCE S256) and follows the OP's redirects. */
export async function beginLogin(
  rp: RelyingParty,
  browser: Browser,
  extra: Record<string, string> = {},
): Promise<Attempt> {
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  const url = new URL(rp.as.authorization_endpoint ?? "");
  url.search = new URLSearchParams({
    client_id: rp.client.client_id,
    redirect_uri: rp.redirectUri,
    response_type: "code",
    scope: "openid email profile",
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
    ...extra,
  }).toString();
  const { response, url: at } = await browser.navigate(url, rp.as.issuer);
  return { verifier, state, nonce, response, url: at };
}

/** Fills in and posts the log-in form the attempt stopped on. */
export async function submitLogin(
  rp: RelyingParty,
  browser: Browser,
  attempt: { url: URL; html: string },
  email: string,
  password: string,
) {
  const action = new URL(formAction(attempt.html) ?? "", attempt.url);
  return browser.submit(action, { email, password }, rp.as.issuer);
}

/** The callback URL the browser was sent to, checked as the Worker will check it. */
export function callbackParams(rp: RelyingParty, response: Response, state: string): URLSearchParams {
  const location = response.headers.get("location");
  if (response.status !== 303 || !location?.startsWith(rp.redirectUri)) {
    throw new Error(`expected a redirect to ${rp.redirectUri}, got ${response.status} ${location}`);
  }
  return oauth.validateAuthResponse(rp.as, rp.client, new URL(location), state);
}

/** The token request as the Worker makes it; the ID token's claims are validated (nonce too). */
export async function exchange(
  rp: RelyingParty,
  params: URLSearchParams,
  verifier: string | typeof oauth.nopkce,
  nonce: string,
  auth: oauth.ClientAuth = oauth.ClientSecretBasic(rp.secret),
) {
  const response = await oauth.authorizationCodeGrantRequest(
    rp.as,
    rp.client,
    auth,
    params,
    rp.redirectUri,
    verifier,
    insecure,
  );
  const tokens = await oauth.processAuthorizationCodeResponse(rp.as, rp.client, response, {
    requireIdToken: true,
    expectedNonce: nonce,
  });
  return { response, tokens };
}

/** A whole log-in: authorization request, form, code, token exchange (signature checked). */
export async function logIn(rp: RelyingParty, browser: Browser, email: string, password: string) {
  const attempt = await beginLogin(rp, browser);
  const html = await attempt.response.text();
  const { response } = await submitLogin(rp, browser, { url: attempt.url, html }, email, password);
  const params = callbackParams(rp, response, attempt.state);
  const result = await exchange(rp, params, attempt.verifier, attempt.nonce);
  await oauth.validateApplicationLevelSignature(rp.as, result.response, insecure);
  return result;
}
