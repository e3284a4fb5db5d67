import { useLang } from "../../hooks/use-lang";
import type { MessageKey } from "../../i18n/es";
import { InstallCard } from "../InstallCard";
import { useScreenFocus } from "../use-screen-focus";
import type { WelcomeNotice } from "../use-teacher";

interface Props {
  notice: WelcomeNotice | undefined;
  onLogin: () => void;
}

const NOTICES: Record<WelcomeNotice, MessageKey> = {
  expired: "teacher.loginError.expired",
  denied: "teacher.loginError.denied",
  provider: "teacher.loginError.provider",
  domain: "teacher.loginError.domain",
  signedOut: "teacher.notice.signedOut",
  deleted: "teacher.notice.deleted",
  sessionEnded: "teacher.notice.sessionEnded",
  offline: "teacher.login.offline",
  storage: "error.storage",
};

const LOGIN_ERRORS: ReadonlySet<WelcomeNotice> = new Set(["expired", "denied", "provider", "domain"]);

/** What the app is, how it works, and the log-in button (with why a log-in failed, if it did). */
export function Welcome({ notice, onLogin }: Props) {
  useScreenFocus();
  const { t } = useLang();
  const loginFailed = notice !== undefined && LOGIN_ERRORS.has(notice);
  return (
    <>
      <section class="panel" aria-labelledby="screen-title">
        <h2 id="screen-title" tabIndex={-1}>
          {t("teacher.welcome.title")}
        </h2>
        {notice === undefined ? null : loginFailed ? (
          <div class="banner banner--error" role="alert">
            <p class="banner__title">{t("teacher.loginError.title")}</p>
            <p>{t(NOTICES[notice])}</p>
          </div>
        ) : (
          <p
            class={`banner ${notice === "offline" || notice === "storage" ? "banner--warn" : "banner--info"}`}
            role="status"
          >
            {t(NOTICES[notice])}
          </p>
        )}
        <p>{t("teacher.welcome.intro")}</p>
        <p>
          <button type="button" class="button button--primary button--wide" onClick={onLogin}>
            {t("teacher.login")}
          </button>
        </p>
        <p class="hint">{t("teacher.login.hint")}</p>
        <h3>{t("teacher.steps.title")}</h3>
        <ol class="steps">
          <li>{t("teacher.steps.login")}</li>
          <li>{t("teacher.steps.cedula")}</li>
          <li>{t("teacher.steps.card")}</li>
          <li>{t("teacher.steps.show")}</li>
        </ol>
      </section>
      <InstallCard />
      <section class="panel panel--accent" aria-labelledby="ally-title">
        <h2 id="ally-title">{t("teacher.ally.title")}</h2>
        <p>{t("teacher.ally.text")}</p>
        <a class="button button--quiet" href="/verificar">
          {t("teacher.ally.link")}
        </a>
      </section>
    </>
  );
}
