import { useState } from "preact/hooks";
import type { IneligibleReason } from "#shared/api/me";
import { logout } from "../../data/api";
import { forgetDevice } from "../../data/teacher-card";
import { useLang } from "../../hooks/use-lang";
import { useMessages } from "../../i18n/messages";
import { onboardingMessages } from "../../i18n/teacher-onboarding";
import { errorText } from "../error-text";
import { useScreenFocus } from "../use-screen-focus";

interface Props {
  reason: IneligibleReason;
  contact: string;
  onSignedOut: () => void;
}

/** Logged in, but not on the roster or not active: say so, and whom to ask. */
export function NotEligible({ reason, contact, onSignedOut }: Props) {
  useScreenFocus();
  const m = useMessages(onboardingMessages);
  const lang = useLang();
  const [error, setError] = useState<unknown>(undefined);
  const signOut = () =>
    logout()
      .then(() => forgetDevice())
      .then(onSignedOut, (failure: unknown) => setError(failure));
  return (
    <section class="panel" aria-labelledby="screen-title">
      <h2 id="screen-title" tabIndex={-1}>
        {m("notEligible.title")}
      </h2>
      <p>{m(`notEligible.${reason}`)}</p>
      {contact === "" ? null : (
        <p>
          {m("notEligible.contact")} {/* The server's contact line is Spanish whatever the UI language. */}
          <span lang="es-EC">{contact}</span>
        </p>
      )}
      {error === undefined ? null : (
        <p class="banner banner--error" role="alert">
          {errorText(error, lang)}
        </p>
      )}
      <button type="button" class="button button--quiet" onClick={() => void signOut()}>
        {m("notEligible.signOut")}
      </button>
    </section>
  );
}
