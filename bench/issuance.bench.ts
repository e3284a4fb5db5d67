// Card issuance under load on wrangler dev: sessions for demo teachers are opened through the real
// log-in, each binds its cédula and accepts consent once, then POST /api/me/card is fired with a
// fresh device key per request from a fixed number of concurrent clients.
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { CONSENT_VERSION, consentTextHash } from "#shared/consent/acuerdo";
import { httpLogin } from "../scripts/lib/http-login.mjs";
import { startStack } from "../scripts/lib/stack.mjs";
import { report, stats } from "./lib.ts";

const REQUESTS = 2000;
const CONCURRENCY = 16;
const ACCOUNTS = 16;

const roster = Papa.parse<{ cedula: string; email: string; estado: string }>(
  readFileSync("worker/seed/demo-roster.csv", "utf8"),
  { header: true, skipEmptyLines: true },
).data.filter((r) => r.estado === "activo");

const stack = await startStack();
try {
  const origin = { Origin: stack.baseUrl, "Content-Type": "application/json" };
  const sessions: string[] = [];
  const hash = await consentTextHash();
  for (const person of roster.slice(0, ACCOUNTS)) {
    const cookie = await httpLogin(stack.baseUrl, person.email, stack.password);
    const post = (path: string, body: unknown) =>
      fetch(`${stack.baseUrl}${path}`, {
        method: "POST",
        headers: { ...origin, Cookie: cookie },
        body: JSON.stringify(body),
      });
    if ((await post("/api/me/cedula", { cedula: person.cedula })).status !== 200) throw new Error("cédula");
    if ((await post("/api/me/consent", { version: CONSENT_VERSION, textHash: hash })).status !== 200)
      throw new Error("consent");
    sessions.push(cookie);
  }
  const keys = await Promise.all(
    Array.from({ length: 64 }, async () => {
      const pair = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
        "sign",
        "verify",
      ]);
      const { x, y } = await crypto.subtle.exportKey("jwk", pair.publicKey);
      return JSON.stringify({ devicePublicKey: { kty: "EC", crv: "P-256", x, y } });
    }),
  );

  const issue = async (i: number) => {
    const t0 = performance.now();
    const res = await fetch(`${stack.baseUrl}/api/me/card`, {
      method: "POST",
      headers: { ...origin, Cookie: sessions[i % sessions.length] ?? "" },
      body: keys[i % keys.length],
    });
    await res.arrayBuffer();
    return { ms: performance.now() - t0, ok: res.status === 201 };
  };
  for (let i = 0; i < 50; i++) await issue(i); // warm-up

  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        const r = await issue(next++);
        latencies.push(r.ms);
        if (!r.ok) errors++;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const rate = REQUESTS / seconds;
  const s = stats(latencies);
  report([
    {
      figure: `issuance on wrangler dev, ${REQUESTS} cards, ${CONCURRENCY} concurrent`,
      measured: `${rate.toFixed(0)} cards/s, p50 ${s.median.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, ${errors} errors`,
      target: "≥ 200/s, p99 ≤ 100 ms, 0 errors",
      ok: rate >= 200 && s.p99 <= 100 && errors === 0,
    },
  ]);
} finally {
  await stack.stop();
}
