// Turns the committed demo data (worker/seed/*.csv) into idempotent SQL: reference data is
// refreshed, roster rows are only added (a second run keeps whatever the app changed).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";

const read = (dir, file) =>
  Papa.parse(readFileSync(join(dir, file), "utf8"), { header: true, skipEmptyLines: true }).data;
const q = (value) => (typeof value === "number" ? String(value) : `'${String(value).replaceAll("'", "''")}'`);
/** One INSERT per 100 rows: D1 refuses very long statements (SQLITE_TOOBIG). */
const insert = (verb, table, columns, rows) => {
  let sql = "";
  for (let i = 0; i < rows.length; i += 100) {
    const values = rows.slice(i, i + 100).map((r) => `(${r.map(q).join(", ")})`);
    sql += `${verb} INTO ${table} (${columns.join(", ")}) VALUES\n${values.join(",\n")};\n`;
  }
  return sql;
};

export function seedSql(seedDir, now = Math.floor(Date.now() / 1000)) {
  const districts = read(seedDir, "districts.csv");
  const schools = read(seedDir, "schools.csv");
  const roster = read(seedDir, "demo-roster.csv");
  return [
    insert(
      "INSERT OR REPLACE",
      "district",
      ["code", "name", "province_code", "province", "canton", "zone"],
      districts.map((d) => [d.code, d.name, d.province_code, d.province, d.canton, Number(d.zone)]),
    ),
    insert(
      "INSERT OR REPLACE",
      "school",
      ["amie", "name", "district", "province", "canton", "parish", "regime", "area"],
      schools.map((s) => [s.amie, s.name, s.district, s.province, s.canton, s.parish, s.regime, s.area]),
    ),
    insert(
      "INSERT OR IGNORE",
      "roster",
      [
        "cedula",
        "given_names",
        "surnames",
        "email",
        "post",
        "modality",
        "amie",
        "district",
        "status",
        "updated_at",
      ],
      roster.map((r) => [
        r.cedula,
        r.nombres,
        r.apellidos,
        r.email,
        r.cargo,
        r.modalidad,
        r.amie,
        r.distrito,
        r.estado,
        now,
      ]),
    ),
  ].join("\n");
}

export function demoAccounts(seedDir) {
  return read(seedDir, "demo-roster.csv");
}
