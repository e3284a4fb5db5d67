import type { ComponentChildren } from "preact";
import type { CardDisplay } from "#shared/api/me";
import { useLang } from "../../hooks/use-lang";
import { formatDate } from "../format";
import { useScreenFocus } from "../use-screen-focus";

interface Props {
  display: CardDisplay;
  children?: ComponentChildren;
}

/** "17D04 — Quito Norte (Pichincha)": the district as people know it. */
export function districtLine(display: CardDisplay): string {
  const name =
    display.districtName && display.districtName !== display.district ? ` — ${display.districtName}` : "";
  const province = display.province ? ` (${display.province})` : "";
  return `${display.district}${name}${province}`;
}

/**
 * The card itself: who and what post, then the live QR (children: high up, so that it is whole on
 * the screen of a small phone when the app opens at the till), then where and until when.
 */
export function CardFace({ display, children }: Props) {
  useScreenFocus();
  const { t, lang } = useLang();
  return (
    <article class="carnet" aria-labelledby="screen-title">
      <header class="carnet__band">
        <h2 id="screen-title" class="carnet__heading" tabIndex={-1}>
          {t("teacher.card.heading")}
        </h2>
        <p class="carnet__issuer">
          {t("teacher.card.kind")} · {t("app.ministry")}
        </p>
      </header>
      <div class="carnet__body">
        <p class="carnet__name">{display.name}</p>
        <p class="carnet__post">{t(`post.${display.post}`)}</p>
        {children}
        <dl class="carnet__facts">
          <div>
            <dt>{t("teacher.card.school")}</dt>
            <dd>
              {display.schoolName}
              <span class="carnet__code">{t("teacher.card.amie", { amie: display.amie })}</span>
            </dd>
          </div>
          <div>
            <dt>{t("teacher.card.district")}</dt>
            <dd>{districtLine(display)}</dd>
          </div>
          <div>
            <dt>{t("teacher.card.cedula")}</dt>
            <dd>{t("teacher.card.cedulaValue", { last4: display.cedulaLast4 })}</dd>
          </div>
          <div>
            <dt>{t("teacher.card.validity")}</dt>
            <dd>
              {t("teacher.card.validRange", {
                from: formatDate(display.validFrom, lang),
                until: formatDate(display.validUntil, lang),
              })}
            </dd>
          </div>
        </dl>
      </div>
    </article>
  );
}
