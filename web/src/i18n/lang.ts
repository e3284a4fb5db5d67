/** The UI languages and their page codes, apart from the messages (the service worker needs only these). */
export type Lang = "es" | "en";
export const LANGS: readonly Lang[] = ["es", "en"];

/** The value of `<html lang>` for each UI language. */
export const HTML_LANG: { readonly [L in Lang]: string } = { es: "es-EC", en: "en" };

/** Each language's own name, written in that language (for the language switch). */
export const LANG_NAMES: { readonly [L in Lang]: string } = { es: "Español", en: "English" };

export function isLang(value: unknown): value is Lang {
  return value === "es" || value === "en";
}
