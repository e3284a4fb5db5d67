import { HTML_LANG, type Lang } from "../i18n/translate";

const formats = new Map<Lang, Intl.DateTimeFormat>();

/** A date (seconds since the epoch) as "31 de julio de 2027", in Ecuador's time zone. */
export function formatDate(seconds: number, lang: Lang): string {
  let format = formats.get(lang);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(HTML_LANG[lang], { dateStyle: "long", timeZone: "America/Guayaquil" });
    formats.set(lang, format);
  }
  return format.format(new Date(seconds * 1000));
}
