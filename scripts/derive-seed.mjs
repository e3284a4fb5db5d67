// One-off developer tool: derives the committed demo/reference data in worker/seed/ from the
// handout folder (../shared/data). npm start and the tests read only worker/seed/, never ../shared.
//
//   node scripts/derive-seed.mjs [path/to/handout/data]
//
// Deterministic: the same input gives byte-identical output (seeded PRNG), so re-running it
// shows a clean diff.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = resolve(process.argv[2] ?? join(root, "..", "shared", "data"));
const out = join(root, "worker", "seed");

const parse = (file, delimiter) =>
  Papa.parse(readFileSync(join(dataDir, file), "utf8").replace(/^\uFEFF/, ""), {
    header: true,
    delimiter,
    skipEmptyLines: true,
  }).data;
const csv = (rows, columns) => `${Papa.unparse(rows, { columns, newline: "\n" })}\n`;
const title = (s) =>
  s
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/(^|[\s(.-])(\p{L})/gu, (_, p, c) => p + c.toUpperCase());

// --- districts -----------------------------------------------------------------------------
const districts = parse("districts.csv", ",")
  .map((d) => ({
    code: d.cod_distri,
    name: title(d.nom_distri),
    province_code: String(d.dpa_provin).padStart(2, "0"),
    province: title(d.dpa_despro),
    canton: title(d.dpa_descan),
    zone: Number(d.zona),
  }))
  .sort((a, b) => a.code.localeCompare(b.code));
writeFileSync(join(out, "districts.csv"), csv(districts, Object.keys(districts[0])));

// --- schools -------------------------------------------------------------------------------
const known = new Set(districts.map((d) => d.code));
const schools = parse("schools-sample.csv", ";")
  .filter((s) => /^\d{2}[A-Z]\d{5}$/.test(s.AMIE) && known.has(s.DISTRITO))
  .map((s) => ({
    amie: s.AMIE,
    name: title(s.INSTITUCIO),
    district: s.DISTRITO,
    province: title(s.PROVINCIA),
    canton: title(s.CANTON),
    parish: title(s.PARROQUIA),
    regime: s.RÉGIMEN.toLowerCase() === "costa" ? "costa" : "sierra",
    area: s.ZONA_INEC.toLowerCase().startsWith("r") ? "rural" : "urbana",
  }))
  .sort((a, b) => a.amie.localeCompare(b.amie));
writeFileSync(join(out, "schools.csv"), csv(schools, Object.keys(schools[0])));

// --- demo roster ---------------------------------------------------------------------------
let state = 20261204;
const rand = () => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state / 2147483648;
};
const pick = (list) => list[Math.floor(rand() * list.length)];
const cedulaFor = (province) => {
  const d = [...province, String(Math.floor(rand() * 6))];
  while (d.length < 9) d.push(String(Math.floor(rand() * 10)));
  const sum = d.reduce((acc, ch, i) => {
    let v = Number(ch) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    return acc + v;
  }, 0);
  return d.join("") + String((10 - (sum % 10)) % 10);
};
const ascii = (s) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
const given = {
  f: [
    "María Fernanda",
    "Ana Lucía",
    "Rosa Elena",
    "Gabriela",
    "Verónica",
    "Carmen",
    "Patricia",
    "Diana Carolina",
    "Mónica",
    "Jessica",
    "Sofía",
    "Nathaly",
    "Lorena",
    "Maritza",
    "Johanna",
  ],
  m: [
    "Jorge Luis",
    "Carlos Andrés",
    "Luis Alberto",
    "Juan Pablo",
    "Segundo",
    "Wilson",
    "Fausto",
    "Édison",
    "Marco Vinicio",
    "Darwin",
    "Byron",
    "Washington",
    "Milton",
    "Santiago",
    "José Miguel",
  ],
};
const surnames = [
  "Quishpe",
  "Cedeño",
  "Torres",
  "Yánez",
  "Zambrano",
  "Macías",
  "Guamán",
  "Chimbo",
  "Vera",
  "Paredes",
  "Morocho",
  "Caiza",
  "Intriago",
  "Loor",
  "Andrade",
  "Sánchez",
  "Chávez",
  "Tenesaca",
  "Pilco",
  "Mendoza",
  "Alcívar",
  "Villavicencio",
  "Ortiz",
  "Toapanta",
  "Cevallos",
  "Espinoza",
  "Álava",
  "Tupiza",
  "Ramírez",
  "Chicaiza",
];
const posts = ["rector", "vicerrector", "director", "subdirector", "inspector", "subinspector"];
const used = new Set();
const row = (nombres, apellidos, cargo, school, estado, modalidad) => {
  const first = ascii(nombres.split(" ")[0]);
  const last = ascii(apellidos.split(" ")[0]);
  let email = `${first}.${last}@educacion.gob.ec`;
  for (let n = 2; used.has(email); n++) email = `${first}.${last}${n}@educacion.gob.ec`;
  used.add(email);
  return {
    cedula: cedulaFor(school.amie.slice(0, 2)),
    nombres,
    apellidos,
    email,
    cargo,
    modalidad,
    amie: school.amie,
    distrito: school.district,
    estado,
  };
};
const schoolIn = (district) => schools.find((s) => s.district === district) ?? schools[0];
const roster = [
  // Named demo accounts, listed in the README.
  row("María Fernanda", "Quishpe Chimbo", "docente", schoolIn("17D04"), "activo", "nombramiento"),
  row("Jorge Luis", "Cedeño Macías", "rector", schoolIn("13D01"), "activo", "nombramiento"),
  row("Ana Lucía", "Torres Vera", "director", schoolIn("09D01"), "activo", "nombramiento"),
  row("Carlos Andrés", "Yánez Paredes", "docente", schoolIn("06D01"), "inactivo", "contrato"),
  row("Rosa Elena", "Guamán Tenesaca", "docente", schoolIn("01D01"), "activo", "contrato"),
];
while (roster.length < 48) {
  const sex = rand() < 0.6 ? "f" : "m";
  const school = pick(schools);
  const head = rand() < 0.2;
  roster.push(
    row(
      pick(given[sex]),
      `${pick(surnames)} ${pick(surnames)}`,
      head ? pick(posts) : "docente",
      school,
      rand() < 0.08 ? "inactivo" : "activo",
      rand() < 0.7 ? "nombramiento" : "contrato",
    ),
  );
}
writeFileSync(join(out, "demo-roster.csv"), csv(roster, Object.keys(roster[0])));
console.log(
  `${districts.length} districts, ${schools.length} schools, ${roster.length} demo roster rows → ${out}`,
);
