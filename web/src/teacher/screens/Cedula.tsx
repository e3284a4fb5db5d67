import { useRef, useState } from "preact/hooks";
import { t as sharedT } from "#shared/i18n/index";
import { type CedulaCode, validateCedula } from "#shared/validators/cedula";
import { ApiError, bindCedula } from "../../data/api";
import { useLang } from "../../hooks/use-lang";
import { useMessages } from "../../i18n/messages";
import { onboardingMessages } from "../../i18n/teacher-onboarding";
import { errorText } from "../error-text";
import { useScreenFocus } from "../use-screen-focus";
import { MyDataLink } from "./MyDataLink";

interface Props {
  email: string | null;
  /** The cédula is bound (now or earlier): go on. */
  onBound: () => void;
  /** The server says something else is needed (not eligible, logged out): ask it again. */
  onReroute: () => void;
}

/** Asks the cédula once: checked here first, decided by the server. What was typed stays. */
export function Cedula({ email, onBound, onReroute }: Props) {
  useScreenFocus();
  const lang = useLang();
  const m = useMessages(onboardingMessages);
  const [value, setValue] = useState("");
  // The reason, not a sentence: the message follows a language switch.
  const [error, setError] = useState<{ code: CedulaCode } | { failure: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const fail = (reason: { code: CedulaCode } | { failure: unknown }) => {
    setError(reason);
    input.current?.focus();
  };

  function message(reason: { code: CedulaCode } | { failure: unknown }): string {
    if ("code" in reason) return sharedT(lang.lang, `validator.${reason.code}`);
    const err = reason.failure;
    let text = errorText(err, lang);
    if (err instanceof ApiError && typeof err.details.remaining === "number") {
      text += ` ${m("cedula.remaining", { remaining: err.details.remaining })}`;
    }
    if (err instanceof ApiError && typeof err.details.retryAfter === "number") {
      text += ` ${m("cedula.retryAfter", { minutes: Math.ceil(err.details.retryAfter / 60) })}`;
    }
    return text;
  }

  async function submit(event: Event) {
    event.preventDefault();
    const checked = validateCedula(value);
    if (!checked.ok) return fail({ code: checked.code });
    setBusy(true);
    setError(null);
    try {
      await bindCedula(checked.value);
      onBound();
    } catch (err) {
      if (err instanceof ApiError && err.code === "ALREADY_BOUND") return onBound();
      if (err instanceof ApiError && (err.status === 401 || err.status === 403)) return onReroute();
      fail({ failure: err });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel" aria-labelledby="screen-title">
      <h2 id="screen-title" tabIndex={-1}>
        {m("cedula.title")}
      </h2>
      <p>{email === null ? m("cedula.introNoEmail") : m("cedula.intro", { email })}</p>
      <form class="form" noValidate onSubmit={submit}>
        <div class="field">
          <label for="cedula">{m("cedula.label")}</label>
          <p id="cedula-hint" class="hint">
            {m("cedula.hint")}
          </p>
          <input
            ref={input}
            id="cedula"
            name="cedula"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellcheck={false}
            maxLength={16}
            value={value}
            aria-invalid={error !== null}
            aria-describedby={error === null ? "cedula-hint" : "cedula-hint cedula-error"}
            onInput={(event) => setValue(event.currentTarget.value)}
          />
          {error === null ? null : (
            <p id="cedula-error" class="field-error" role="alert">
              {message(error)}
            </p>
          )}
        </div>
        <button type="submit" class="button button--primary" disabled={busy}>
          {busy ? m("cedula.checking") : m("cedula.submit")}
        </button>
      </form>
      <MyDataLink />
    </section>
  );
}
