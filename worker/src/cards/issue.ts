import type { CardDisplay, IssuedCard } from "#shared/api/me";
import type { CardClaims } from "#shared/card/claims";
import { newCardId, roleOf } from "#shared/card/claims";
import { exportDevicePublicKey } from "#shared/card/device-key";
import { signCard } from "#shared/card/sign";
import { insertAudit } from "../db/audit.ts";
import { insertCard, revokeCardsOf } from "../db/cards.ts";
import { POST_CODES, type RosterPlacement } from "../db/roster.ts";
import { ApiError } from "../http/api-error.ts";

import { issuerKeys } from "../keys.ts";
import { nextStatusIndex } from "./status-index.ts";
import { cardValidity } from "./validity.ts";

/** The name on the card: given names and surnames, as the roster has them. */
export const displayName = (p: Pick<RosterPlacement, "givenNames" | "surnames">) =>
  `${p.givenNames} ${p.surnames}`.replace(/\s+/g, " ").trim().slice(0, 80);

export function displayRecord(person: RosterPlacement, claims: CardClaims): CardDisplay {
  return {
    name: claims.n,
    post: claims.p,
    role: roleOf(claims.p),
    amie: claims.a,
    schoolName: person.schoolName ?? claims.a,
    district: claims.d,
    districtName: person.districtName ?? claims.d,
    province: person.province ?? "",
    cedulaLast4: claims.c4,
    validFrom: claims.nbf,
    validUntil: claims.exp,
  };
}

/**
 * The card's `k` claim from the device's public JWK. Web Crypto's import checks that (x, y) is a
 * point on P-256: compressing an unchecked pair would keep x and y's parity and so name another
 * key than the one sent.
 */
async function deviceKeyClaim(device: { x: string; y: string }): Promise<string> {
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey(
      "jwk",
      { kty: "EC", crv: "P-256", x: device.x, y: device.y, ext: true },
      { name: "ECDSA", namedCurve: "P-256" },
      true,
      ["verify"],
    );
  } catch {
    throw new ApiError(400, "BAD_DEVICE_KEY", "error.validation");
  }
  return exportDevicePublicKey(key);
}

/**
 * Signs a new card for the person and the device key, revoking any earlier card (one active card
 * per person): the old card's bit flips in the status list.
 */
export async function issueCard(
  env: Env,
  person: RosterPlacement,
  device: { x: string; y: string },
  now: number,
  actor: string,
): Promise<IssuedCard> {
  const k = await deviceKeyClaim(device);
  const keys = await issuerKeys(env);
  const { nbf, exp } = cardValidity(now, person.regime ?? "sierra", {
    sierra: env.SCHOOL_YEAR_END_SIERRA,
    costa: env.SCHOOL_YEAR_END_COSTA,
  });
  const claims: CardClaims = {
    jti: newCardId(),
    sli: await nextStatusIndex(env.DB),
    n: displayName(person),
    p: POST_CODES[person.post],
    a: person.amie,
    d: person.district,
    c4: person.cedula.slice(-4),
    nbf,
    exp,
    k,
  };
  const jws = await signCard(claims, keys.active);
  await env.DB.batch([
    revokeCardsOf(env.DB, person.cedula, now, "replaced"),
    insertCard(env.DB, {
      id: claims.jti,
      cedula: person.cedula,
      statusIndex: claims.sli,
      kid: keys.active.kid,
      deviceKey: k,
      issuedAt: now,
      notBefore: nbf,
      expiresAt: exp,
      jws,
    }),
    insertAudit(env.DB, { at: now, actor, action: "card.issue", subject: claims.jti }),
  ]);
  return { jws, cardId: claims.jti, display: displayRecord(person, claims) };
}
