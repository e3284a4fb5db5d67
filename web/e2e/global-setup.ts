import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
/** The lead's whole-stack starter (scripts/lib/stack.mjs): D1, issuer key, dev OP, `wrangler dev`. */
const STACK_MODULE = new URL("../../scripts/lib/stack.mjs", import.meta.url).href;

declare module "vitest" {
  export interface ProvidedContext {
    /** The dev OpenID Provider's issuer URL (http://localhost:PORT). */
    opIssuer: string;
    /** The throw-away issuer keys as a JSON string: `{ active, keys: [private JWKs] }`. */
    issuerKeys: string;
    /** The demo accounts' password at the dev OP. */
    opPassword: string;
  }
}

interface Stack {
  baseUrl: string;
  opIssuer: string;
  password: string;
  issuerKeys: unknown;
  output(): string;
  stop(): Promise<void>;
}

/**
 * The browser journeys run against the real app: a throw-away D1 (migrated, demo roster
 * seeded), a throw-away issuer key, the dev OpenID Provider and `wrangler dev` serving the
 * built web/dist (see scripts/lib/stack.mjs). With E2E_BASE_URL set, that server is used
 * instead (its OP and password from E2E_OP_ISSUER / E2E_OP_PASSWORD when given).
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide("baseUrl", external);
    project.provide("opIssuer", process.env.E2E_OP_ISSUER ?? "");
    project.provide("issuerKeys", process.env.E2E_ISSUER_KEYS ?? "");
    project.provide("opPassword", process.env.E2E_OP_PASSWORD ?? "CarnetDemo2026");
    return undefined;
  }
  for (const file of ["index.html", "verificar.html", "sw.js"]) {
    if (!existsSync(`${DIST}${file}`)) {
      throw new Error(
        `web/dist/${file} is missing: run \`npx vite build --config web/vite.config.ts\` first`,
      );
    }
  }
  // A specifier held in a variable: the .mjs module has no type declarations; `Stack` above
  // states the part of its API the tests use.
  const { startStack } = (await import(STACK_MODULE)) as { startStack: () => Promise<Stack> };
  const stack = await startStack();
  project.provide("baseUrl", stack.baseUrl);
  project.provide("opIssuer", stack.opIssuer);
  project.provide("issuerKeys", JSON.stringify(stack.issuerKeys));
  project.provide("opPassword", stack.password);
  return () => stack.stop();
}
