import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeEach } from "vitest";

// Setup files may run more than once; applyD1Migrations skips what is already applied.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);

const TABLES = [
  "roster",
  "card",
  "login_attempt",
  "session",
  "account",
  "cedula_attempt",
  "consent",
  "deletion_request",
  "audit_log",
  "rate_limit",
];

// Every test starts from empty tables (reference data is re-inserted by the tests that need it).
// The status list counter only grows, as in production: the Worker keeps blocks of indices.
beforeEach(async () => {
  await env.DB.batch([...TABLES.map((t) => env.DB.prepare(`DELETE FROM ${t}`))]);
});
