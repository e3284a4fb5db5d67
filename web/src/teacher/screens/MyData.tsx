import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, exportData, logout, requestDeletion, withdrawConsent } from "../../data/api";
import { forgetDevice } from "../../data/teacher-card";
import { useLang } from "../../hooks/use-lang";
import { useMessages } from "../../i18n/messages";
import { myDataMessages } from "../../i18n/teacher-my-data";
import { errorText } from "../error-text";
import { downloadBlob } from "../save-file";
import { clearHash } from "../use-hash";
import { useScreenFocus } from "../use-screen-focus";
import type { Screen } from "../use-teacher";

type Step = "withdraw" | "delete" | "signOut";

interface Props {
  email: string | null;
  hasCard: boolean;
  /** The card and key are gone from this device; show `next`. */
  onForgotten: (next: Screen) => void;
  onLogin: () => void;
}

const EXPORT_FILE = "mis-datos-carnet-docente.json";

const loggedOut = (error: unknown) => error instanceof ApiError && error.status === 401;

/** Export, read the agreement, withdraw consent, ask for deletion, sign out (each confirmed first). */
export function MyData({ email, hasCard, onForgotten, onLogin }: Props) {
  useScreenFocus();
  const lang = useLang();
  const m = useMessages(myDataMessages);
  const [confirming, setConfirming] = useState<Step | null>(null);
  const [busy, setBusy] = useState(false);
  const [exported, setExported] = useState(false);
  const [error, setError] = useState<{ failure: unknown } | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (confirming !== null) confirmHeading.current?.focus();
  }, [confirming]);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    setExported(false);
    try {
      await work();
    } catch (err) {
      setError({ failure: err });
    } finally {
      setBusy(false);
    }
  }

  const steps: Record<Step, () => Promise<void>> = {
    withdraw: async () => {
      await withdrawConsent();
      await forgetDevice(true);
      onForgotten({ name: "consent", reason: "withdrawn" });
    },
    delete: async () => {
      await requestDeletion();
      await forgetDevice();
      onForgotten({ name: "welcome", notice: "deleted" });
    },
    signOut: async () => {
      await logout();
      await forgetDevice();
      onForgotten({ name: "welcome", notice: "signedOut" });
    },
  };

  const downloadExport = () =>
    run(async () => {
      downloadBlob(await exportData(), EXPORT_FILE);
      setExported(true);
    });

  const section = (step: Step) => (
    <section class="panel" aria-labelledby={`${step}-title`}>
      <h3 id={`${step}-title`}>{m(`${step}.title`)}</h3>
      <p>{m(`${step}.text`)}</p>
      {confirming === step ? (
        <div class="confirm">
          <h4 id={`${step}-confirm`} ref={confirmHeading} tabIndex={-1}>
            {m(`${step}.confirmTitle`)}
          </h4>
          <div class="button-row">
            <button
              type="button"
              class="button button--danger"
              disabled={busy}
              onClick={() => void run(steps[step])}
            >
              {busy ? m("working") : m(`${step}.confirm`)}
            </button>
            <button
              type="button"
              class="button button--quiet"
              disabled={busy}
              onClick={() => setConfirming(null)}
            >
              {m("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="button button--quiet" onClick={() => setConfirming(step)}>
          {m(`${step}.button`)}
        </button>
      )}
    </section>
  );

  return (
    <>
      <div class="panel">
        <h2 id="screen-title" tabIndex={-1}>
          {m("title")}
        </h2>
        {email === null ? null : <p>{m("account", { email })}</p>}
        <p>
          <button type="button" class="inline-link link-button" onClick={clearHash}>
            {hasCard ? m("back") : m("backHome")}
          </button>
        </p>
        <div class="status-line" role="status">
          {exported ? m("export.done") : null}
        </div>
        {error === null ? null : (
          <div class="banner banner--error" role="alert">
            <p>
              {loggedOut(error.failure)
                ? lang.t("teacher.notice.sessionEnded")
                : errorText(error.failure, lang)}
            </p>
            {loggedOut(error.failure) ? (
              <button type="button" class="button button--primary" onClick={onLogin}>
                {lang.t("teacher.login")}
              </button>
            ) : null}
          </div>
        )}
      </div>
      <section class="panel" aria-labelledby="export-title">
        <h3 id="export-title">{m("export.title")}</h3>
        <p>{m("export.text")}</p>
        <button
          type="button"
          class="button button--quiet"
          disabled={busy}
          onClick={() => void downloadExport()}
        >
          {m("export.button")}
        </button>
      </section>
      <section class="panel" aria-labelledby="consent-title">
        <h3 id="consent-title">{m("consent.title")}</h3>
        <p>{m("consent.text")}</p>
        <a class="button button--quiet" href="#acuerdo">
          {m("consent.read")}
        </a>
      </section>
      {section("withdraw")}
      {section("delete")}
      {section("signOut")}
    </>
  );
}
