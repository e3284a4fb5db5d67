import Papa from "papaparse";
import { DevOpError } from "./errors.mjs";

/**
 * The dev OP's accounts from the demo roster CSV (header
 * `cedula,nombres,apellidos,email,cargo,modalidad,amie,distrito,estado`): one account per row
 * that has an e-mail, all with the one development password. Every row with an address becomes
 * an account, whatever its `estado`: eligibility is the application's decision, not the OP's.
 * @param {string} csvText
 * @param {{ password: string }} options
 * @returns {import("./accounts.mjs").DevAccount[]}
 */
export function rosterAccounts(csvText, { password }) {
  const parsed = Papa.parse(csvText.replace(/^\uFEFF/, ""), {
    header: true,
    delimiter: ",",
    skipEmptyLines: "greedy",
    transformHeader: (name) => name.trim().toLowerCase(),
  });
  const [error] = parsed.errors;
  if (error) {
    const where = error.row === undefined ? "" : ` (data row ${error.row + 1})`;
    throw new DevOpError("DEV_OP_ROSTER_INVALID", `roster CSV: ${error.message}${where}`);
  }
  const fields = parsed.meta.fields ?? [];
  const missing = ["email", "nombres", "apellidos"].filter((name) => !fields.includes(name));
  if (missing.length > 0) {
    throw new DevOpError("DEV_OP_ROSTER_INVALID", `roster CSV lacks column(s): ${missing.join(", ")}`);
  }
  const clean = (/** @type {unknown} */ value) =>
    String(value ?? "")
      .trim()
      .replace(/\s+/g, " ");
  return /** @type {Record<string, string>[]} */ (parsed.data)
    .filter((row) => clean(row.email) !== "")
    .map((row) => {
      const given_name = clean(row.nombres);
      const family_name = clean(row.apellidos);
      return {
        email: clean(row.email),
        password,
        given_name,
        family_name,
        name: [given_name, family_name].filter(Boolean).join(" "),
      };
    });
}
