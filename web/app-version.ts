import { readFileSync } from "node:fs";

/** The app version shown in the UI: the root package.json "version". */
export function readAppVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  const version = (pkg as { version?: unknown }).version;
  if (typeof version !== "string" || version === "") {
    throw new Error("package.json has no version");
  }
  return version;
}

/** The `define` entries shared by the build and the unit tests. */
export function appDefine(): Record<string, string> {
  return { "import.meta.env.VITE_APP_VERSION": JSON.stringify(readAppVersion()) };
}
