import { describe, expect, test } from "vitest";
import { en } from "../src/i18n/en";
import { es } from "../src/i18n/es";
import { LANGS, MESSAGES, translate } from "../src/i18n/translate";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("UI strings", () => {
  test("every language has exactly the Spanish key set", () => {
    const keys = Object.keys(es).sort();
    for (const lang of LANGS) {
      expect(Object.keys(MESSAGES[lang]).sort(), lang).toEqual(keys);
    }
  });

  test("no string is empty or untrimmed", () => {
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(MESSAGES[lang])) {
        expect(text.trim(), `${lang} ${key}`).not.toBe("");
        expect(text, `${lang} ${key}`).toBe(text.trim());
      }
    }
  });

  test("each translation uses the same {placeholders} as the Spanish source", () => {
    for (const [key, text] of Object.entries(es)) {
      expect(placeholders(en[key as keyof typeof es]), key).toEqual(placeholders(text));
    }
  });

  test("translate fills parameters and leaves unknown ones visible", () => {
    expect(translate("es", "app.version", { version: "1.2.3" })).toBe("Versión 1.2.3");
    expect(translate("en", "app.version", { version: "1.2.3" })).toBe("Version 1.2.3");
    expect(translate("es", "app.version")).toBe("Versión {version}");
  });
});
