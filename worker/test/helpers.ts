import { env, exports } from "cloudflare:workers";
import { SESSION_COOKIE } from "../src/auth/session.ts";
import { randomToken, sha256Hex } from "../src/auth/tokens.ts";

export const BASE = "https://carnet.test";

export function call(path: string, init: RequestInit & { cookie?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.cookie !== undefined) headers.set("Cookie", init.cookie);
  if (init.method !== undefined && init.method !== "GET" && !headers.has("Origin"))
    headers.set("Origin", BASE);
  // Redirects are the test's to follow: through this binding every URL would reach the Worker itself.
  return exports.default.fetch(new Request(`${BASE}${path}`, { redirect: "manual", ...init, headers }));
}

export const json = (body: unknown, cookie?: string, method = "POST") => ({
  method,
  body: JSON.stringify(body),
  headers: { "Content-Type": "application/json" },
  ...(cookie === undefined ? {} : { cookie }),
});

export interface Person {
  cedula: string;
  email: string;
  given: string;
  surnames: string;
  post?: string;
  status?: "activo" | "inactivo";
  amie?: string;
  district?: string;
}

/** Reference rows the roster points at. */
export async function seedPlaces(): Promise<void> {
  await env.DB.batch([
    env.DB.prepare(
      "INSERT OR IGNORE INTO district (code, name, province_code, province, canton, zone) VALUES ('17D04', 'Centro Norte', '17', 'Pichincha', 'Quito', 9), ('09D01', 'Ximena 1', '09', 'Guayas', 'Guayaquil', 8)",
    ),
    env.DB.prepare(
      "INSERT OR IGNORE INTO school (amie, name, district, province, canton, parish, regime, area) VALUES ('17H00662', 'Unidad Educativa Montúfar', '17D04', 'Pichincha', 'Quito', 'La Vicentina', 'sierra', 'urbana'), ('09H00001', 'Unidad Educativa Vicente Rocafuerte', '09D01', 'Guayas', 'Guayaquil', 'Ximena', 'costa', 'urbana')",
    ),
  ]);
}

export async function addToRoster(p: Person): Promise<void> {
  await seedPlaces();
  await env.DB.prepare(
    "INSERT INTO roster (cedula, given_names, surnames, email, post, modality, amie, district, status, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, 'nombramiento', ?6, ?7, ?8, 0)",
  )
    .bind(
      p.cedula,
      p.given,
      p.surnames,
      p.email,
      p.post ?? "docente",
      p.amie ?? "17H00662",
      p.district ?? "17D04",
      p.status ?? "activo",
    )
    .run();
}

/**
 * A session as /auth/callback would have opened it. The log-in itself is tested end to end against
 * the real dev OpenID Provider in auth.test.ts; the other route tests start from a session.
 */
export async function sessionFor(email: string, sub = `sub-${email}`): Promise<string> {
  const id = randomToken();
  const now = Math.floor(Date.now() / 1000);
  await env.DB.prepare(
    "INSERT INTO session (id_hash, sub, email, name, created_at, expires_at) VALUES (?1, ?2, ?3, NULL, ?4, ?5)",
  )
    .bind(await sha256Hex(id), sub, email, now, now + 3600)
    .run();
  return `${SESSION_COOKIE}=${id}`;
}
