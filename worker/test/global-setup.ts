import type { TestProject } from "vitest/node";
import { startDevOp } from "../../scripts/dev-op/provider.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    opIssuer: string;
  }
}

export const TEST_CLIENT = {
  client_id: "carnet-docente-test",
  client_secret: "test-client-secret",
  redirect_uris: ["https://carnet.test/auth/callback"],
  post_logout_redirect_uris: ["https://carnet.test/"],
};
export const TEST_PASSWORD = "prueba-segura-2026";

/** The real dev OpenID Provider in Node, for the log-in tests that run inside workerd. */
export default async function setup(project: TestProject) {
  const op = await startDevOp({
    port: 0,
    clients: [TEST_CLIENT],
    accounts: [
      {
        email: "maria.quishpe@educacion.gob.ec",
        password: TEST_PASSWORD,
        given_name: "María Fernanda",
        family_name: "Quishpe Chimbo",
        name: "María Fernanda Quishpe Chimbo",
      },
      {
        email: "intruso@gmail.com",
        password: TEST_PASSWORD,
        given_name: "Intruso",
        family_name: "Externo",
        name: "Intruso",
      },
    ],
    keyFile: `${process.cwd()}/.wrangler/test-op/jwks.json`,
  });
  project.provide("opIssuer", op.issuer);
  return () => op.close();
}
