import { consentText } from "#shared/consent/acuerdo";
import { useLang } from "../../hooks/use-lang";
import { useMessages } from "../../i18n/messages";
import { myDataMessages } from "../../i18n/teacher-my-data";
import { useScreenFocus } from "../use-screen-focus";
import { ConsentText } from "./ConsentText";

/** The agreement to read again, from the copy built into the app (works offline). */
export function ConsentReader() {
  useScreenFocus();
  const { lang } = useLang();
  const m = useMessages(myDataMessages);
  return (
    <section class="panel consent" aria-labelledby="screen-title">
      <ConsentText text={consentText[lang]} headingId="screen-title" />
      <p>
        <a class="inline-link" href="#mis-datos">
          {m("title")}
        </a>
      </p>
    </section>
  );
}
