/**
 * The OpenAPI description of every API route (a contract: integrators call these). Public routes
 * carry `security: []`; the rest need the session cookie. A test checks this list against the
 * routes the app really has, both ways.
 */
const error = { $ref: "#/components/responses/Error" };
const json = (description: string) => ({
  description,
  content: { "application/json": { schema: { type: "object" } } },
});
const body = (schema: object) => ({ required: true, content: { "application/json": { schema } } });
const session = [{ session: [] }];
const pub: never[] = [];

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Carnet Docente Digital API",
    version: "1.0.0",
    description:
      "API del Carnet Docente Digital (Ministerio de Educación del Ecuador). Errores: `{ error: { code, message: { es, en }, details? } }`.",
  },
  components: {
    securitySchemes: { session: { type: "apiKey", in: "cookie", name: "__Host-cdd_session" } },
    responses: {
      Error: {
        description: "Bilingual error / error bilingüe",
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["error"],
              properties: {
                error: {
                  type: "object",
                  required: ["code", "message"],
                  properties: {
                    code: { type: "string" },
                    message: {
                      type: "object",
                      properties: { es: { type: "string" }, en: { type: "string" } },
                    },
                    details: {},
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  paths: {
    "/api/health": { get: { summary: "Liveness", security: pub, responses: { 200: json("ok") } } },
    "/api/openapi.json": {
      get: { summary: "This document", security: pub, responses: { 200: json("OpenAPI 3.1") } },
    },
    "/.well-known/jwks.json": {
      get: { summary: "Issuer public keys (JWKS)", security: pub, responses: { 200: json("JWKS") } },
    },
    "/api/status-list": {
      get: {
        summary: "Signed IETF Token Status List",
        security: pub,
        responses: {
          200: {
            description: "statuslist+jwt",
            content: { "application/statuslist+jwt": { schema: { type: "string" } } },
          },
        },
      },
    },
    "/api/consent": {
      get: {
        summary: "The data agreement in force (version, hash, es/en text)",
        security: pub,
        responses: { 200: json("consent") },
      },
    },
    "/auth/login": {
      get: {
        summary: "Start the OpenID Connect log-in (code + PKCE)",
        security: pub,
        parameters: [{ name: "return", in: "query", schema: { type: "string" } }],
        responses: { 302: { description: "to the identity provider" } },
      },
    },
    "/auth/callback": {
      get: {
        summary: "OpenID Connect redirect URI",
        security: pub,
        responses: { 302: { description: "back to the app" } },
      },
    },
    "/auth/logout": {
      post: {
        summary: "End the session",
        security: session,
        responses: { 204: { description: "signed out" } },
      },
    },
    "/api/me": {
      get: {
        summary: "Where the person stands",
        security: session,
        responses: { 200: json("MeResponse"), 401: error },
      },
    },
    "/api/me/cedula": {
      post: {
        summary: "Bind the cédula once (must match the account's roster row)",
        security: session,
        requestBody: body({
          type: "object",
          required: ["cedula"],
          properties: { cedula: { type: "string" } },
        }),
        responses: { 200: json("bound"), 400: error, 403: error, 409: error, 422: error, 429: error },
      },
    },
    "/api/me/consent": {
      post: {
        summary: "Accept the data agreement",
        security: session,
        requestBody: body({
          type: "object",
          required: ["version", "textHash"],
          properties: { version: { type: "string" }, textHash: { type: "string" } },
        }),
        responses: { 200: json("accepted"), 409: error },
      },
      delete: {
        summary: "Withdraw consent (revokes the card)",
        security: session,
        responses: { 200: json("withdrawn") },
      },
    },
    "/api/me/card": {
      post: {
        summary: "Issue (or renew) the card for this device's public key",
        security: session,
        requestBody: body({
          type: "object",
          required: ["devicePublicKey"],
          properties: { devicePublicKey: { type: "object" } },
        }),
        responses: { 201: json("IssuedCard"), 400: error, 403: error, 409: error },
      },
      get: {
        summary: "The active card",
        security: session,
        responses: { 200: json("IssuedCard"), 404: error },
      },
    },
    "/api/me/export": {
      get: {
        summary: "Everything held about the person (JSON)",
        security: session,
        responses: { 200: json("export") },
      },
    },
    "/api/me/deletion-request": {
      post: {
        summary: "Ask for deletion (revokes, signs out)",
        security: session,
        responses: { 202: json("requested") },
      },
    },
  },
} as const;
