import { en } from "./en";
import { es, type MessageKey, type Messages } from "./es";

export type Lang = "es" | "en";
export const LANGS: readonly Lang[] = ["es", "en"];

/** The value of `<html lang>` for each UI language. */
export const HTML_LANG: { readonly [L in Lang]: string } = { es: "es-EC", en: "en" };

/** Each language's own name, written in that language (for the language switch). */
export const LANG_NAMES: { readonly [L in Lang]: string } = { es: "Español", en: "English" };

export const MESSAGES: { readonly [L in Lang]: Messages } = { es, en };

export type Params = Readonly<Record<string, string | number>>;

/** The message for `key` in `lang`, with each `{name}` replaced by `params.name`. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = MESSAGES[lang][key];
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function isLang(value: unknown): value is Lang {
  return value === "es" || value === "en";
}
