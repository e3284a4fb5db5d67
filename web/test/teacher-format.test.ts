import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { HTML_LANG, type Lang } from "../src/i18n/translate";
import { formatDate } from "../src/teacher/format";

const intl = (lang: Lang) =>
  new Intl.DateTimeFormat(HTML_LANG[lang], { dateStyle: "long", timeZone: "America/Guayaquil" });

describe("formatDate", () => {
  test("reads as people write dates, in Ecuador's time zone", () => {
    // 2027-08-01T04:59:59Z is still 31 July in Ecuador (UTC−5).
    expect(formatDate(Date.UTC(2027, 7, 1, 4, 59, 59) / 1000, "es")).toBe("31 de julio de 2027");
    expect(formatDate(Date.UTC(2027, 7, 1, 5, 0, 0) / 1000, "es")).toBe("1 de agosto de 2027");
    expect(formatDate(Date.UTC(2027, 7, 1, 4, 59, 59) / 1000, "en")).toBe("July 31, 2027");
  });

  test("gives what Intl.DateTimeFormat (dateStyle long, America/Guayaquil) gives, 1994–2200", () => {
    const from = Date.UTC(1994, 0, 1) / 1000;
    const until = Date.UTC(2200, 0, 1) / 1000;
    const formats = { es: intl("es"), en: intl("en") };
    fc.assert(
      fc.property(fc.integer({ min: from, max: until }), fc.constantFrom<Lang>("es", "en"), (sec, lang) => {
        expect(formatDate(sec, lang)).toBe(formats[lang].format(new Date(sec * 1000)));
      }),
      { numRuns: 2000 },
    );
    // Every month's name, both languages.
    for (let month = 0; month < 12; month++) {
      const sec = Date.UTC(2030, month, 15, 12) / 1000;
      for (const lang of ["es", "en"] as const)
        expect(formatDate(sec, lang)).toBe(formats[lang].format(new Date(sec * 1000)));
    }
  });
});
