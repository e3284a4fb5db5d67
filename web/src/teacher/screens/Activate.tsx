import { useLang } from "../../hooks/use-lang";
import { useMessages } from "../../i18n/messages";
import { onboardingMessages } from "../../i18n/teacher-onboarding";
import { errorText } from "../error-text";
import { useScreenFocus } from "../use-screen-focus";
import { MyDataLink } from "./MyDataLink";

interface Props {
  elsewhere: boolean;
  error: unknown;
  onActivate: () => void;
}

/** Getting the card onto this device: the first time after an error, or taking it over from another device. */
export function Activate({ elsewhere, error, onActivate }: Props) {
  useScreenFocus();
  const lang = useLang();
  const m = useMessages(onboardingMessages);
  return (
    <section class="panel" aria-labelledby="screen-title">
      <h2 id="screen-title" tabIndex={-1}>
        {m("activate.title")}
      </h2>
      <p>{elsewhere ? m("activate.elsewhere") : m("activate.first")}</p>
      {error === undefined ? null : (
        <p class="banner banner--error" role="alert">
          {errorText(error, lang)}
        </p>
      )}
      <button type="button" class="button button--primary" onClick={onActivate}>
        {m("activate.button")}
      </button>
      <MyDataLink />
    </section>
  );
}
