/**
 * The card's revocation status, from the public trust data (issuer keys and the signed status
 * list), for when the app cannot ask `/api/me` (the session has ended). The data is verified
 * with the shared code, kept in IndexedDB, and loaded on demand (it pulls in jose and fflate).
 */
import { decodeBase64url } from "#shared/base64url";
import { utf8Decoder } from "#shared/bytes";
import { fetchJwks, fetchStatusList } from "./api";
import { type StoredCard, saveTrust } from "./card-store";

/** The card's index in the status list (`sli` claim), or null if it cannot be read. */
export function statusIndexOf(jws: string): number | null {
  try {
    const claims: unknown = JSON.parse(utf8Decoder.decode(decodeBase64url(jws.split(".")[1] ?? "")));
    const sli = (claims as { sli?: unknown } | null)?.sli;
    return typeof sli === "number" && Number.isSafeInteger(sli) && sli >= 0 ? sli : null;
  } catch {
    return null;
  }
}

/**
 * Fetches and verifies the issuer keys and the status list, stores them, and says whether the
 * card is revoked; null when that cannot be known (offline, a list that does not verify, an index
 * beyond the list). Never throws.
 */
export async function revocationOf(card: StoredCard, nowSec: number): Promise<boolean | null> {
  const sli = statusIndexOf(card.jws);
  if (sli === null) return null;
  try {
    const [jwks, statusList] = await Promise.all([fetchJwks(), fetchStatusList()]);
    const [{ importTrust }, { isRevoked }] = await Promise.all([
      import("#shared/card/trust"),
      import("#shared/status-list/verify"),
    ]);
    const trust = await importTrust({ jwks, statusList, fetchedAt: nowSec }, nowSec);
    if (trust.status === null) return null;
    await saveTrust({ jwks, statusList, fetchedAt: nowSec });
    return isRevoked(trust.status, sli);
  } catch {
    return null;
  }
}
