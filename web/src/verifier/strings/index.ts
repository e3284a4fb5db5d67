/**
 * One translator for the verifier: its own keys (`./es`, `./en`) and the shared messages
 * (`#shared/i18n`: reasons, warnings, posts, roles, verdict words).
 */
import { isMessageKey, type MessageKey, t as sharedT } from "#shared/i18n/index";
import { en } from "./en";
import { es, type VerifierKey } from "./es";

export type { VerifierKey } from "./es";
export type Lang = "es" | "en";
export type Params = Readonly<Record<string, string | number>>;
export type StringKey = VerifierKey | MessageKey;

export const VERIFIER_STRINGS: { readonly [L in Lang]: Readonly<Record<VerifierKey, string>> } = { es, en };

function fill(template: string, params?: Params): string {
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function isVerifierKey(key: string): key is VerifierKey {
  return Object.hasOwn(es, key);
}

/** The text of `key` in `lang`: a verifier key, else a shared message key. */
export function vt(lang: Lang, key: StringKey, params?: Params): string {
  if (isVerifierKey(key)) return fill(VERIFIER_STRINGS[lang][key], params);
  if (isMessageKey(key)) return sharedT(lang, key, params as Record<string, string | number> | undefined);
  return key;
}
