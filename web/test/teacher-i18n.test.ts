import { describe, expect, test } from "vitest";
import { POSTS } from "#shared/card/claims";
import { es } from "../src/i18n/es";
import { fill } from "../src/i18n/messages";
import { cardImageMessages } from "../src/i18n/teacher-card-image";
import { myDataMessages } from "../src/i18n/teacher-my-data";
import { onboardingMessages } from "../src/i18n/teacher-onboarding";

const dictionaries = { onboardingMessages, myDataMessages, cardImageMessages };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the teacher screens' own dictionaries", () => {
  for (const [name, dictionary] of Object.entries(dictionaries)) {
    test(`${name}: English has exactly the Spanish keys and placeholders, nothing empty`, () => {
      expect(Object.keys(dictionary.en).sort()).toEqual(Object.keys(dictionary.es).sort());
      for (const [key, text] of Object.entries(dictionary.es) as Array<
        [keyof typeof dictionary.es, string]
      >) {
        const english = dictionary.en[key];
        expect(placeholders(english), `${name} ${key}`).toEqual(placeholders(text));
        for (const value of [text, english]) {
          expect(value.trim(), `${name} ${key}`).not.toBe("");
          expect(value, `${name} ${key}`).toBe(value.trim());
        }
      }
    });
  }

  test("every post code has a label (docente, rector(a), … subinspector(a))", () => {
    for (const post of POSTS) expect(es[`post.${post}`]).toBeTruthy();
    expect(es["post.rec"]).toBe("Rector(a)");
    expect(es["post.sin"]).toBe("Subinspector(a)");
  });

  test("fill replaces known parameters and leaves unknown ones visible", () => {
    expect(fill("Le quedan {remaining} intentos.", { remaining: 3 })).toBe("Le quedan 3 intentos.");
    expect(fill("Hola {name}")).toBe("Hola {name}");
    expect(fill("{a} {b}", { a: 1 })).toBe("1 {b}");
  });
});
