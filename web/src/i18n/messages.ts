import { useCallback } from "preact/hooks";
import { useLang } from "../hooks/use-lang";
import type { Lang, Params } from "./translate";

/**
 * A screen's own strings, kept beside the code that lazy-loads them so they do not weigh on
 * the first load. Spanish is the source; English must have exactly the same keys (type error
 * otherwise; test/i18n.test.ts checks it at run time too).
 */
export type Dictionary<K extends string> = { readonly es: Readonly<Record<K, string>> } & {
  readonly [L in Lang]: Readonly<Record<K, string>>;
};

export function defineMessages<const K extends string>(dictionary: {
  es: Record<K, string>;
  en: Record<K, string>;
}): Dictionary<K> {
  return dictionary;
}

export function fill(template: string, params?: Params): string {
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A translator for `dictionary` in the current UI language (re-renders on a switch). */
export function useMessages<K extends string>(
  dictionary: Dictionary<K>,
): (key: K, params?: Params) => string {
  const { lang } = useLang();
  return useCallback((key: K, params?: Params) => fill(dictionary[lang][key], params), [dictionary, lang]);
}
