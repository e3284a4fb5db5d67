import type { TestProject } from "vitest/node";
import { startDevOp } from "../../scripts/dev-op/provider.mjs";
import { TEST_CLIENT, TEST_PASSWORD } from "./op-fixture.ts";

declare module "vitest" {
  export interface ProvidedContext {
    opIssuer: string;
  }
}

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
