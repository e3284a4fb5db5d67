/** Signs a Token Status List as a `statuslist+jwt` (ES256). */
import { CompactSign } from "jose";
import { utf8Encoder } from "../bytes";
import { CardError } from "../errors";
import { encodeStatusList, type StatusBits } from "./encode";

export const STATUS_LIST_TYP = "statuslist+jwt";

export interface StatusListToSign {
  /** The list's URI: the JWT `sub` (e.g. `https://…/api/status-list`). */
  uri: string;
  bits: StatusBits;
  /** Issued at, seconds since the epoch. */
  iat: number;
  /** Expiry, seconds since the epoch: a verifier warns once past it. */
  exp: number;
  /** Seconds a verifier may use the list before it should fetch a new one. */
  ttl: number;
}

export interface Issuer {
  kid: string;
  privateKey: CryptoKey;
}

export async function signStatusList(list: StatusListToSign, issuer: Issuer): Promise<string> {
  const { uri, bits, iat, exp, ttl } = list;
  const isTime = (n: number) => Number.isSafeInteger(n) && n >= 0;
  if (typeof uri !== "string" || uri.length === 0) throw new CardError("INVALID_ARGUMENT", "uri required");
  if (!isTime(iat) || !isTime(exp) || exp <= iat) throw new CardError("INVALID_ARGUMENT", "need iat < exp");
  if (!Number.isSafeInteger(ttl) || ttl <= 0) throw new CardError("INVALID_ARGUMENT", "ttl must be positive");
  const payload = { sub: uri, iat, exp, ttl, status_list: { bits: 1, lst: encodeStatusList(bits) } };
  return new CompactSign(utf8Encoder.encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: "ES256", kid: issuer.kid, typ: STATUS_LIST_TYP })
    .sign(issuer.privateKey);
}
