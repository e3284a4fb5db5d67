import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the app under test, e.g. http://127.0.0.1:8787 (no trailing slash). */
    baseUrl: string;
  }
}

/** Where the app under test runs: $E2E_BASE_URL, else what the global setup provided. */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL ?? inject("baseUrl");
  if (typeof url !== "string" || url === "") {
    throw new Error("no base URL: set E2E_BASE_URL or run with a globalSetup that provides baseUrl");
  }
  return url.replace(/\/$/, "");
}
