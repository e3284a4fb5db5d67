import type { LocalCard } from "../../data/card-store";
import { useLang } from "../../hooks/use-lang";
import { CardActions } from "../card/CardActions";
import { CardFace } from "../card/CardFace";
import { LiveQr } from "../card/LiveQr";
import { useWakeLock } from "../card/use-wake-lock";
import { formatDate } from "../format";
import { InstallCard } from "../InstallCard";
import type { CardNotice, TeacherActions } from "../use-teacher";

interface Props {
  local: LocalCard;
  notice: CardNotice | null;
  actions: TeacherActions;
}

function NoticeBody({ notice, actions }: { notice: CardNotice; actions: TeacherActions }) {
  const { t, lang } = useLang();
  switch (notice.kind) {
    case "renewed":
    case "reissued":
      return (
        <>
          <p>
            {t(notice.kind === "renewed" ? "teacher.renewal.renewed" : "teacher.renewal.reissued", {
              date: formatDate(notice.until, lang),
            })}
          </p>
          <button type="button" class="button button--quiet" onClick={actions.dismissNotice}>
            {t("update.dismiss")}
          </button>
        </>
      );
    case "renewalFailed":
      return <p>{t("teacher.renewal.failed")}</p>;
    case "loginToRenew":
      return (
        <>
          <p>{t("teacher.renewal.loginToRenew")}</p>
          <button type="button" class="button button--primary" onClick={actions.login}>
            {t("teacher.login")}
          </button>
        </>
      );
    case "elsewhere":
      return (
        <>
          <p>{t("teacher.renewal.elsewhere")}</p>
          <button type="button" class="button button--primary" onClick={actions.activate}>
            {t("teacher.renewal.activateHere")}
          </button>
        </>
      );
  }
}

/** The card with its live QR, painted from the device's own storage; news from the server above it. */
export function CardScreen({ local, notice, actions }: Props) {
  const { t, lang } = useLang();
  const awake = useWakeLock();
  const { display } = local.card;
  const expired = display.validUntil <= Date.now() / 1000;
  const replaced = notice?.kind === "elsewhere";
  return (
    <>
      <div class={notice === null ? "notices" : "notices notices--shown"} role="status">
        {notice === null ? null : <NoticeBody notice={notice} actions={actions} />}
      </div>
      {expired ? (
        <p class="banner banner--warn" role="alert">
          {t("teacher.card.expired", { date: formatDate(display.validUntil, lang) })}
        </p>
      ) : null}
      <CardFace display={display}>
        {replaced ? null : (
          <>
            <LiveQr
              jws={local.card.jws}
              deviceKey={local.device.privateKey}
              keepForLaunch={notice === null && !expired}
            />
            <p class="qr__help">{t("teacher.qr.help")}</p>
          </>
        )}
      </CardFace>
      <ul class="hints">
        <li>{t("teacher.qr.brightness")}</li>
        {awake ? <li>{t("teacher.qr.awake")}</li> : null}
      </ul>
      <CardActions card={local.card} />
      <InstallCard />
    </>
  );
}
