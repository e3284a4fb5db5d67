/**
 * Development OpenID Provider — the stand-in for the Ministry's institutional identity provider
 * (Microsoft Entra ID in production) that `npm start` and the tests run.
 *
 * It is a real OpenID Provider (oidc-provider 9): discovery, JWKS, authorization code + PKCE
 * (S256, required), client_secret_basic or client_secret_post at the token endpoint, userinfo,
 * RP-initiated log-out. The relying party talks to it exactly as it would to Entra ID; only the
 * issuer URL, client id and client secret change.
 *
 *   import { startDevOp } from "./scripts/dev-op/provider.mjs";
 *   const op = await startDevOp({
 *     port: 0,                                   // 0 = a free port; the issuer follows it
 *     clients: [{ client_id: "carnet-docente-dev", client_secret: "…",
 *                 redirect_uris: ["http://127.0.0.1:8787/auth/callback"],
 *                 post_logout_redirect_uris: ["http://127.0.0.1:8787/"] }],
 *     accounts: [{ email: "ana.perez@educacion.gob.ec", password: "…",
 *                  given_name: "Ana", family_name: "Pérez", name: "Ana Pérez" }],
 *   });
 *   op.issuer;      // "http://localhost:<port>" — OIDC_ISSUER for the Worker
 *   await op.close();
 *
 * From the command line: `node scripts/dev-op/cli.mjs` (accounts from worker/seed/demo-roster.csv).
 *
 * What the relying party receives:
 * - `sub`: first 16 hex digits of SHA-256 of the lower-cased e-mail — stable, opaque, not the address.
 * - scope `email` → email, email_verified (true); `profile` → name, given_name, family_name,
 *   preferred_username (= the e-mail, as Entra ID sends it). These are in the ID token itself
 *   (conformIdTokenClaims: false) and from userinfo.
 * - ID tokens are RS256, signed with the key in `keyFile` (default `.dev-op/jwks.json` at the
 *   repository root, git-ignored), generated on first start and kept, so a restart does not
 *   change the key under a running Worker.
 * - Log-in form at /interaction/:uid (Spanish first, no script, own CSP); the requested
 *   openid/email/profile scopes are granted without a consent screen. `prompt=login` shows the
 *   form again even with a session. Log-out: end_session_endpoint with id_token_hint or
 *   client_id and a registered post_logout_redirect_uri shows a confirmation form
 *   ("Sí, cerrar sesión") and then redirects there.
 * - Nothing but the signing key survives a restart (sessions, codes and tokens are in memory).
 */
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { accountClaims, CLAIMS_BY_SCOPE, createAccountBook } from "./accounts.mjs";
import { DevOpError } from "./errors.mjs";
import { interactionRoutes } from "./interactions.mjs";
import { loadOrCreateSigningKeys } from "./keys.mjs";
import { listenOnHost } from "./listen.mjs";
import { loadOidcProvider } from "./load-oidc-provider.mjs";
import { contentSecurityPolicy, errorPage, homePage, logoutPage, logoutSuccessPage } from "./pages.mjs";
import { securityHeaders } from "./security-headers.mjs";
import { createMemoryAdapter } from "./store.mjs";

export const DEFAULT_KEY_FILE = fileURLToPath(new URL("../../.dev-op/jwks.json", import.meta.url));

const HOUR = 60 * 60;

/**
 * @param {{ client_id: string, client_secret: string, redirect_uris: string[],
 *   post_logout_redirect_uris?: string[] }[]} clients
 */
function toClientMetadata(clients) {
  if (!Array.isArray(clients) || clients.length === 0) {
    throw new DevOpError("DEV_OP_CLIENT_INVALID", "at least one client is needed");
  }
  return clients.map((client) => {
    if (!client?.client_id || !client.client_secret || !client.redirect_uris?.length) {
      throw new DevOpError(
        "DEV_OP_CLIENT_INVALID",
        `client ${client?.client_id ?? "?"} needs client_id, client_secret and redirect_uris`,
      );
    }
    return {
      client_id: client.client_id,
      client_secret: client.client_secret,
      redirect_uris: [...client.redirect_uris],
      post_logout_redirect_uris: [...(client.post_logout_redirect_uris ?? [])],
      response_types: ["code"],
      grant_types: ["authorization_code"],
      // client_secret_post is accepted too: oidc-provider takes either secret method.
      token_endpoint_auth_method: "client_secret_basic",
      id_token_signed_response_alg: "RS256",
    };
  });
}

/** @param {ReturnType<typeof toClientMetadata>} clients */
function originsOf(clients) {
  return clients.flatMap((client) =>
    [...client.redirect_uris, ...client.post_logout_redirect_uris].map((uri) => new URL(uri).origin),
  );
}

/** @param {string} host @param {number} port */
function urlFor(host, port) {
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

/**
 * Starts the development OP and resolves once it is listening.
 * @param {{ port?: number, host?: string, issuer?: string,
 *   clients: Parameters<typeof toClientMetadata>[0],
 *   accounts: import("./accounts.mjs").DevAccount[], keyFile?: string }} options
 * @returns {Promise<{ issuer: string, url: string, close(): Promise<void> }>}
 */
export async function startDevOp({
  port = 8788,
  host = "localhost",
  issuer,
  clients,
  accounts,
  keyFile = DEFAULT_KEY_FILE,
}) {
  const book = createAccountBook(accounts);
  const clientMetadata = toClientMetadata(clients);
  const jwks = await loadOrCreateSigningKeys(keyFile);
  const { Provider, errors } = await loadOidcProvider();

  /** @type {import("node:http").RequestListener} */
  let handle = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  // Listen first, so that with port 0 the issuer can name the port actually chosen.
  const listening = await listenOnHost((req, res) => handle(req, res), host, port);
  const finalIssuer = issuer ?? `http://localhost:${listening.port}`;

  try {
    const provider = new Provider(finalIssuer, {
      adapter: createMemoryAdapter(),
      clients: clientMetadata,
      jwks,
      cookies: { keys: [randomBytes(32).toString("base64url")] },
      async findAccount(/** @type {unknown} */ _ctx, /** @type {string} */ sub) {
        const account = book.findById(sub);
        if (!account) return undefined;
        return { accountId: account.accountId, claims: async () => accountClaims(account) };
      },
      claims: CLAIMS_BY_SCOPE,
      scopes: ["openid"],
      conformIdTokenClaims: false,
      responseTypes: ["code"],
      pkce: { required: () => true },
      clientBasedCORS: () => false,
      // Entra ID's secret methods; no "none" (public clients) and no JWT assertions here.
      clientAuthMethods: ["client_secret_basic", "client_secret_post"],
      interactions: {
        url: (/** @type {unknown} */ _ctx, /** @type {{ uid: string }} */ i) => `/interaction/${i.uid}`,
      },
      features: {
        devInteractions: { enabled: false },
        // Off to match Entra ID's surface: an RP must not come to depend on them here.
        dPoP: { enabled: false },
        pushedAuthorizationRequests: { enabled: false },
        rpInitiatedLogout: {
          enabled: true,
          async logoutSource(/** @type {any} */ ctx, /** @type {string} */ form) {
            ctx.type = "html";
            ctx.body = logoutPage(form);
          },
          async postLogoutSuccessSource(/** @type {any} */ ctx) {
            ctx.type = "html";
            ctx.body = logoutSuccessPage();
          },
        },
      },
      async renderError(/** @type {any} */ ctx, /** @type {Record<string, string>} */ out) {
        ctx.type = "html";
        ctx.body = errorPage(
          {
            es: "El proveedor de identidad rechazó la solicitud. Vuelva a la aplicación e intente de nuevo.",
            en: "The identity provider rejected the request. Go back to the application and try again.",
          },
          { error: out.error, error_description: out.error_description },
        );
      },
      ttl: {
        AuthorizationCode: 60,
        AccessToken: HOUR,
        IdToken: HOUR,
        Interaction: HOUR,
        Session: 8 * HOUR,
        Grant: 8 * HOUR,
      },
    });

    provider.on("server_error", (/** @type {unknown} */ _ctx, /** @type {unknown} */ error) => {
      console.error("dev-op: server_error", error);
    });
    provider.use(securityHeaders(contentSecurityPolicy(originsOf(clientMetadata))));
    provider.use(interactionRoutes({ provider, accounts: book, SessionNotFound: errors.SessionNotFound }));
    provider.use(async function home(/** @type {any} */ ctx, /** @type {() => Promise<void>} */ next) {
      if (ctx.path === "/" && (ctx.method === "GET" || ctx.method === "HEAD")) {
        ctx.type = "html";
        ctx.body = homePage(finalIssuer);
        return;
      }
      if (ctx.path === "/favicon.ico") {
        ctx.status = 204;
        return;
      }
      await next();
    });
    handle = provider.callback();
  } catch (error) {
    await listening.close();
    throw error;
  }

  return {
    issuer: finalIssuer,
    url: urlFor(host, listening.port),
    close: () => listening.close(),
  };
}
