import type { Lang } from "../i18n/translate";

/**
 * Ecuador (America/Guayaquil) is UTC−5 all year; its only daylight-saving time ended on
 * 5 February 1993, long before any card. A fixed offset, so no time-zone data is needed.
 */
const ECUADOR_OFFSET_SEC = -5 * 3600;

const MONTHS: { readonly [L in Lang]: readonly string[] } = {
  es: [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/**
 * A date (seconds since the epoch) as "31 de julio de 2027" / "July 31, 2027", in Ecuador's
 * time zone: what `Intl.DateTimeFormat` gives for es-EC / en with `dateStyle: "long"` (the unit
 * tests compare the two), without it. Creating the first `Intl.DateTimeFormat` loads the
 * locale's data, which costs tens of milliseconds on a slow phone on the card's first paint.
 */
export function formatDate(seconds: number, lang: Lang): string {
  const date = new Date((seconds + ECUADOR_OFFSET_SEC) * 1000);
  const day = date.getUTCDate();
  const month = MONTHS[lang][date.getUTCMonth()];
  const year = date.getUTCFullYear();
  return lang === "es" ? `${day} de ${month} de ${year}` : `${month} ${day}, ${year}`;
}
