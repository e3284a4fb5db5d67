/** The relying-party client and password the worker tests register at the dev OpenID Provider. */
export const TEST_CLIENT = {
  client_id: "carnet-docente-test",
  client_secret: "test-client-secret",
  redirect_uris: ["https://carnet.test/auth/callback"],
  post_logout_redirect_uris: ["https://carnet.test/"],
};
export const TEST_PASSWORD = "prueba-segura-2026";
