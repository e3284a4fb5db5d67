import type { CardClaims } from "#shared/card/claims";
import { roleOf } from "#shared/card/claims";
import { formatDate } from "./format";
import { provinceOfDistrict } from "./provinces";
import { useVerifierLang } from "./use-verifier-lang";

/** The card holder's details as signed on the card (never the whole cédula: it carries 4 digits). */
export function HolderDetails({ claims }: { claims: CardClaims }) {
  const { lang, t } = useVerifierLang();
  const province = provinceOfDistrict(claims.d);
  return (
    <dl class="holder">
      <div class="holder__row holder__row--name">
        <dt>{t("result.name")}</dt>
        <dd>{claims.n}</dd>
      </div>
      <div class="holder__row">
        <dt>{t("result.role")}</dt>
        <dd>{t(`role.${roleOf(claims.p)}`)}</dd>
      </div>
      {claims.p !== "doc" && (
        <div class="holder__row">
          <dt>{t("result.post")}</dt>
          <dd>{t(`post.${claims.p}`)}</dd>
        </div>
      )}
      <div class="holder__row">
        <dt>{t("result.amie")}</dt>
        <dd>{claims.a}</dd>
      </div>
      <div class="holder__row">
        <dt>{t("result.district")}</dt>
        <dd>{claims.d}</dd>
      </div>
      {province !== null && (
        <div class="holder__row">
          <dt>{t("result.province")}</dt>
          <dd>{province}</dd>
        </div>
      )}
      <div class="holder__row">
        <dt>{t("result.cedula")}</dt>
        <dd>{t("result.cedulaLast4", { last4: claims.c4 })}</dd>
      </div>
      <div class="holder__row">
        <dt>{t("result.validUntil")}</dt>
        <dd>{formatDate(lang, claims.exp)}</dd>
      </div>
    </dl>
  );
}
