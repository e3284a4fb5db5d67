/** Dates, times and ages in the UI language (es-EC or English). */
import type { Lang } from "./strings/index";

const LOCALE: Readonly<Record<Lang, string>> = { es: "es-EC", en: "en" };

/** "hace 2 h" / "2 hr. ago"; `null` under a minute (the caller says "just now"). */
export function formatAge(lang: Lang, ageSec: number): string | null {
  const rtf = new Intl.RelativeTimeFormat(LOCALE[lang], { style: "short", numeric: "always" });
  const age = Math.max(0, ageSec);
  if (age < 60) return null;
  if (age < 3600) return rtf.format(-Math.floor(age / 60), "minute");
  if (age < 48 * 3600) return rtf.format(-Math.floor(age / 3600), "hour");
  return rtf.format(-Math.floor(age / 86_400), "day");
}

/** A duration such as "12 h" or "30 min". */
export function formatDuration(lang: Lang, seconds: number): string {
  const unit = seconds >= 3600 ? "hour" : "minute";
  const value = Math.round(seconds / (unit === "hour" ? 3600 : 60));
  return new Intl.NumberFormat(LOCALE[lang], { style: "unit", unit, unitDisplay: "short" }).format(value);
}

export function formatTime(lang: Lang, epochSec: number): string {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).format(epochSec * 1000);
}

export function formatDate(lang: Lang, epochSec: number): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "long" }).format(epochSec * 1000);
}
