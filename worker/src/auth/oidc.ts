import * as oauth from "oauth4webapi";

/**
 * The OpenID Connect relying party (authorization code + PKCE) against the institutional identity
 * provider — Microsoft Entra ID in production, the dev provider (scripts/dev-op) locally.
 */
export interface OidcConfig {
  issuer: URL;
  client: oauth.Client;
  clientAuth: oauth.ClientAuth;
  /** Plain-http issuers are accepted only on loopback (the local dev provider), never elsewhere. */
  insecure: boolean;
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function oidcConfig(
  env: Pick<Env, "OIDC_ISSUER" | "OIDC_CLIENT_ID" | "OIDC_CLIENT_SECRET">,
): OidcConfig {
  const issuer = new URL(env.OIDC_ISSUER);
  const insecure = issuer.protocol === "http:";
  if (insecure && !LOOPBACK.has(issuer.hostname))
    throw new Error("OIDC_ISSUER must be https (http only on loopback)");
  return {
    issuer,
    client: { client_id: env.OIDC_CLIENT_ID },
    clientAuth: oauth.ClientSecretPost(env.OIDC_CLIENT_SECRET),
    insecure,
  };
}

const options = (cfg: OidcConfig) => (cfg.insecure ? { [oauth.allowInsecureRequests]: true } : {});

const discovered = new Map<string, Promise<oauth.AuthorizationServer>>();

/** Discovery, cached per isolate (a failed attempt is retried next time). */
export function authorizationServer(cfg: OidcConfig): Promise<oauth.AuthorizationServer> {
  const key = cfg.issuer.href;
  let as = discovered.get(key);
  if (as === undefined) {
    as = oauth
      .discoveryRequest(cfg.issuer, { algorithm: "oidc", ...options(cfg) })
      .then((res) => oauth.processDiscoveryResponse(cfg.issuer, res));
    as.catch(() => discovered.delete(key));
    discovered.set(key, as);
  }
  return as;
}

export interface AuthorizationStart {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export async function startAuthorization(cfg: OidcConfig, redirectUri: string): Promise<AuthorizationStart> {
  const as = await authorizationServer(cfg);
  if (as.authorization_endpoint === undefined)
    throw new Error("identity provider has no authorization_endpoint");
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  const url = new URL(as.authorization_endpoint);
  url.searchParams.set("client_id", cfg.client.client_id);
  url.searchParams.set("redirect_uri", redirectUri);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("scope", "openid email profile");
  url.searchParams.set("code_challenge", await oauth.calculatePKCECodeChallenge(codeVerifier));
  url.searchParams.set("code_challenge_method", "S256");
  url.searchParams.set("state", state);
  url.searchParams.set("nonce", nonce);
  return { url, state, nonce, codeVerifier };
}

export interface Identity {
  sub: string;
  email: string;
  name: string | null;
}

/** Finishes the log-in: checks state, exchanges the code with the PKCE verifier, validates the ID token. */
export async function finishAuthorization(
  cfg: OidcConfig,
  callbackUrl: URL,
  redirectUri: string,
  expected: { state: string; nonce: string; codeVerifier: string },
): Promise<Identity> {
  const as = await authorizationServer(cfg);
  const params = oauth.validateAuthResponse(as, cfg.client, callbackUrl, expected.state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    cfg.client,
    cfg.clientAuth,
    params,
    redirectUri,
    expected.codeVerifier,
    options(cfg),
  );
  const result = await oauth.processAuthorizationCodeResponse(as, cfg.client, response, {
    expectedNonce: expected.nonce,
    requireIdToken: true,
  });
  // The token came straight from the provider over TLS; checking the ID token's signature against
  // the provider's JWKS as well costs one cached key fetch and catches a misrouted token endpoint.
  await oauth.validateApplicationLevelSignature(as, response, options(cfg));
  const claims = oauth.getValidatedIdTokenClaims(result);
  if (claims === undefined) throw new Error("no ID token");
  // Entra ID puts the address in `email` only when that optional claim is configured; otherwise
  // `preferred_username` holds the user principal name, which is the institutional address.
  const email = [claims.email, claims.preferred_username, claims.upn].find(
    (v): v is string => typeof v === "string" && v.includes("@"),
  );
  if (email === undefined) throw new Error("the ID token carries no e-mail address");
  const name = typeof claims.name === "string" ? claims.name : null;
  return { sub: claims.sub, email: email.toLowerCase(), name };
}
