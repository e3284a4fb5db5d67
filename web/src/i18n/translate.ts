import { en } from "./en";
import { es, type MessageKey, type Messages } from "./es";
import type { Lang } from "./lang";

export { HTML_LANG, isLang, LANG_NAMES, LANGS, type Lang } from "./lang";

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
