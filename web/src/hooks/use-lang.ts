import { useCallback, useEffect, useState } from "preact/hooks";
import type { MessageKey } from "../i18n/es";
import { HTML_LANG, isLang, type Lang, type Params, translate } from "../i18n/translate";

export const LANG_STORAGE_KEY = "carnet.lang";

/** Spanish unless the user chose otherwise on this device. */
function storedLang(): Lang {
  try {
    const value = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return isLang(value) ? value : "es";
  } catch {
    return "es"; // storage blocked (privacy mode): fall back to Spanish
  }
}

let current: Lang | undefined;
const listeners = new Set<(lang: Lang) => void>();

/** The UI language now (read from storage the first time). */
export function currentLang(): Lang {
  current ??= storedLang();
  return current;
}

/** Switch the UI language everywhere on the page, remember it, and set `<html lang>`. */
export function setLang(lang: Lang): void {
  current = lang;
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // not persisted; the choice still holds for this page
  }
  applyHtmlLang(lang);
  for (const listener of listeners) listener(lang);
}

function applyHtmlLang(lang: Lang): void {
  if (typeof document !== "undefined") document.documentElement.lang = HTML_LANG[lang];
}

/** Read the stored choice again (e.g. after another tab changed it) and apply it. */
export function reloadLang(): Lang {
  current = storedLang();
  applyHtmlLang(current);
  for (const listener of listeners) listener(current);
  return current;
}

export interface LangApi {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly t: (key: MessageKey, params?: Params) => string;
}

/** The UI language, shared by every component that calls it, and a translator bound to it. */
export function useLang(): LangApi {
  const [lang, setLocal] = useState<Lang>(currentLang);
  useEffect(() => {
    applyHtmlLang(currentLang());
    setLocal(currentLang());
    listeners.add(setLocal);
    return () => {
      listeners.delete(setLocal);
    };
  }, []);
  const t = useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
  return { lang, setLang, t };
}
