import { describe, expect, it } from "vitest";
import { POSTS } from "../src/card/claims";
import {
  CARD_ERROR_CODES,
  GENERIC_ERROR_CODES,
  VALIDATOR_CODES,
  VERIFY_REASONS,
  VERIFY_WARNINGS,
} from "../src/errors";
import { cardErrorKey, en, es, isMessageKey, pickLang, t } from "../src/i18n/index";

describe("i18n", () => {
  it("es and en have exactly the same keys, none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
    for (const [key, text] of [...Object.entries(es), ...Object.entries(en)])
      expect(text.trim(), key).not.toBe("");
  });

  it("every reason, warning, card error, validator code, generic error and post has a message", () => {
    const keys = [
      ...VERIFY_REASONS.map((code) => `reason.${code}`),
      ...VERIFY_WARNINGS.map((code) => `warning.${code}`),
      ...CARD_ERROR_CODES.map((code) => cardErrorKey(code)),
      ...VALIDATOR_CODES.map((code) => `validator.${code}`),
      ...GENERIC_ERROR_CODES.map((code) => `error.${code}`),
      ...POSTS.map((post) => `post.${post}`),
    ];
    for (const key of keys) expect(isMessageKey(key), key).toBe(true);
  });

  it("Spanish and English differ (English is translated)", () => {
    expect(t("es", "reason.REVOKED")).not.toBe(t("en", "reason.REVOKED"));
    expect(t("es", "verify.valid_static")).toBe("Válido — copia estática");
  });

  it("fills parameters and leaves unknown ones", () => {
    expect(t("es", "verify.trust_updated", { date: "3/12/2026" })).toBe(
      "Datos de verificación actualizados el 3/12/2026.",
    );
    expect(t("en", "verify.trust_updated")).toContain("{date}");
  });

  it("picks the language", () => {
    expect(pickLang("en-US,en;q=0.9")).toBe("en");
    expect(pickLang("es-EC,es;q=0.9,en;q=0.8")).toBe("es");
    expect(pickLang("fr-FR")).toBe("es");
    expect(pickLang(null)).toBe("es");
  });
});
