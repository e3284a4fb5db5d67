/** Messages in Spanish (es-EC, first) and English, one typed key set; `t` fills `{name}` params. */
import type { CardErrorCode, VerifyReason, VerifyWarning } from "../errors";
import { VERIFY_REASONS } from "../errors";
import { en } from "./en";
import { es, type MessageKey } from "./es";

export type { MessageKey, RequiredMessageKey } from "./es";
export { en, es };

export const LANGS = ["es", "en"] as const;
export type Lang = (typeof LANGS)[number];

const messages: Record<Lang, Record<MessageKey, string>> = { es, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(es, key);
}

export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text = (messages[lang] ?? es)[key] ?? es[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

const REASONS: ReadonlySet<string> = new Set(VERIFY_REASONS);

/** The message key for any `CardError` code: `reason.*` for verify reasons, `card.*` otherwise. */
export function cardErrorKey(code: CardErrorCode): MessageKey {
  return (REASONS.has(code) ? `reason.${code}` : `card.${code}`) as MessageKey;
}

export function reasonKey(reason: VerifyReason): MessageKey {
  return `reason.${reason}`;
}

export function warningKey(warning: VerifyWarning): MessageKey {
  return `warning.${warning}`;
}

/** Picks `es` or `en` from an Accept-Language header or `navigator.language`; Spanish by default. */
export function pickLang(preference: string | null | undefined): Lang {
  if (!preference) return "es";
  for (const part of preference.split(",")) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === "es") return "es";
    if (tag === "en") return "en";
  }
  return "es";
}
