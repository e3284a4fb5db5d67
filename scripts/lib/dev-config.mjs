// Local development settings shared by npm start and the browser tests: the dev identity
// provider's address and client, and the Worker variables that point at it.
export const DEV_PASSWORD = process.env.DEV_OP_PASSWORD ?? "CarnetDemo2026";

export function devOpConfig({ appOrigin, opPort }) {
  // The provider is on `localhost`, the app on `127.0.0.1`: two sites, as in production.
  const issuer = `http://localhost:${opPort}`;
  const clientId = "carnet-docente-dev";
  const clientSecret = "dev-only-client-secret-not-for-production";
  return {
    issuer,
    password: DEV_PASSWORD,
    env: {
      DEV_OP_PORT: String(opPort),
      APP_ORIGIN: appOrigin,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: clientSecret,
    },
    clientSecret,
    wranglerVars: ["--var", `OIDC_ISSUER:${issuer}`, "--var", `OIDC_CLIENT_ID:${clientId}`],
  };
}
