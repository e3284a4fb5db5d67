import { Hono } from "hono";
import { StatusBits } from "#shared/status-list/encode";
import { signStatusList } from "#shared/status-list/sign";
import { listRevokedIndices, readStatusListLength } from "../db/status-list.ts";
import type { AppEnv } from "../env.ts";
import { issuerKeys } from "../keys.ts";

/** Lists are never shorter than this, so a small list does not tell how many cards exist. */
const MIN_STATUS_LIST_SIZE = 16_384;
/** A status list token stays usable this long offline (verifiers warn after `ttl`). */
const STATUS_LIST_LIFETIME_SEC = 7 * 24 * 3600;

export function statusListSize(allocated: number): number {
  return Math.max(MIN_STATUS_LIST_SIZE, Math.ceil(allocated / 8192) * 8192);
}

/** `/api/status-list`: the signed IETF Token Status List (`application/statuslist+jwt`). */
export const statusListRoutes = new Hono<AppEnv>().get("/api/status-list", async (c) => {
  const [keys, allocated, revoked] = await Promise.all([
    issuerKeys(c.env),
    readStatusListLength(c.env.DB),
    listRevokedIndices(c.env.DB),
  ]);
  const bits = new StatusBits(statusListSize(allocated));
  for (const index of revoked) bits.set(index, true);
  const iat = Math.floor(Date.now() / 1000);
  const ttl = Number(c.env.STATUS_LIST_TTL);
  const token = await signStatusList(
    { uri: c.env.STATUS_LIST_URI, bits, iat, exp: iat + STATUS_LIST_LIFETIME_SEC, ttl },
    keys.active,
  );
  return c.body(token, 200, {
    "Content-Type": "application/statuslist+jwt",
    "Cache-Control": "public, max-age=60",
    "Access-Control-Allow-Origin": "*",
  });
});
