import { useEffect, useRef, useState } from "preact/hooks";
import { CONSENT_VERSION, consentText } from "#shared/consent/acuerdo";
import { ApiError, acceptConsent, type ConsentDocument, fetchConsent } from "../../data/api";
import { useLang } from "../../hooks/use-lang";
import { useMessages } from "../../i18n/messages";
import { onboardingMessages } from "../../i18n/teacher-onboarding";
import { errorText } from "../error-text";
import { useScreenFocus } from "../use-screen-focus";
import { ConsentText } from "./ConsentText";
import { MyDataLink } from "./MyDataLink";

interface Props {
  reason: "withdrawn" | "changed" | undefined;
  onAccepted: () => void;
  onReroute: () => void;
}

type Loaded = { document: ConsentDocument; fromServer: true } | { document: null; fromServer: false };

/**
 * The data agreement in full, and its acceptance. The text and the version/hash accepted are the
 * ones the server gave; offline, the copy built into the app can be read but not accepted.
 */
export function Consent({ reason, onAccepted, onReroute }: Props) {
  const lang = useLang();
  const m = useMessages(onboardingMessages);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [checked, setChecked] = useState(false);
  // "missing" (box not ticked) or the failed request: rendered in the current language.
  const [error, setError] = useState<{ failure: unknown } | "missing" | null>(null);
  const [busy, setBusy] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const box = useRef<HTMLInputElement>(null);
  useScreenFocus(loaded !== null);

  async function load() {
    try {
      setLoaded({ document: await fetchConsent(), fromServer: true });
    } catch {
      setLoaded({ document: null, fromServer: false });
    }
  }
  useEffect(() => {
    void load();
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    if (!checked) {
      setError("missing");
      box.current?.focus();
      return;
    }
    if (loaded?.document == null) {
      await load(); // offline before: try to fetch the text to accept now
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await acceptConsent(loaded.document.version, loaded.document.textHash);
      onAccepted();
    } catch (err) {
      if (err instanceof ApiError && err.code === "CONSENT_OUTDATED") {
        setChecked(false);
        setReloaded(true);
        await load();
      } else if (err instanceof ApiError && err.status === 401) {
        onReroute();
      } else {
        setError({ failure: err });
        box.current?.focus();
      }
    } finally {
      setBusy(false);
    }
  }

  if (loaded === null) {
    return (
      <p class="loading" role="status">
        {m("consent.loading")}
      </p>
    );
  }
  const text = loaded.document?.text[lang.lang] ?? consentText[lang.lang];
  const version = loaded.document?.version ?? CONSENT_VERSION;
  const notice = reloaded ? m("consent.reloaded") : reason === undefined ? null : m(`consent.${reason}`);
  return (
    <section class="panel consent" aria-labelledby="screen-title">
      {notice === null ? null : (
        <p class="banner banner--info" role="status">
          {notice}
        </p>
      )}
      <ConsentText text={text} headingId="screen-title" />
      <p class="hint">{m("consent.version", { version })}</p>
      {loaded.fromServer ? null : (
        <p class="banner banner--warn" role="status">
          {m("consent.offline")}
        </p>
      )}
      <form class="form" noValidate onSubmit={submit}>
        <div class="field field--check">
          <input
            ref={box}
            id="consent-check"
            type="checkbox"
            checked={checked}
            aria-invalid={error !== null}
            aria-describedby={error === null ? undefined : "consent-error"}
            onChange={(event) => {
              setChecked(event.currentTarget.checked);
              if (event.currentTarget.checked) setError(null);
            }}
          />
          <label for="consent-check">{m("consent.check")}</label>
        </div>
        {error === null ? null : (
          <p id="consent-error" class="field-error" role="alert">
            {error === "missing" ? m("consent.checkMissing") : errorText(error.failure, lang)}
          </p>
        )}
        <button type="submit" class="button button--primary" disabled={busy}>
          {busy ? m("consent.accepting") : m("consent.accept")}
        </button>
      </form>
      <MyDataLink />
    </section>
  );
}
