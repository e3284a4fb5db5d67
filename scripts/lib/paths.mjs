import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const bin = (name) => resolve(root, "node_modules", ".bin", name);
