import { useLang } from "../hooks/use-lang";
import { HTML_LANG, LANG_NAMES, LANGS } from "../i18n/translate";

/** Español / English, each name written in its own language. */
export function LangSwitch() {
  const { lang, setLang, t } = useLang();
  return (
    <fieldset class="lang-switch">
      <legend class="visually-hidden">{t("lang.label")}</legend>
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          lang={HTML_LANG[option]}
          aria-pressed={option === lang}
          class="lang-switch__option"
          onClick={() => setLang(option)}
        >
          {LANG_NAMES[option]}
        </button>
      ))}
    </fieldset>
  );
}
