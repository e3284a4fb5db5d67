import { describe, expect, it } from "vitest";
import { cardValidity, MAX_VALIDITY_SEC } from "../src/cards/validity.ts";

const ends = { sierra: "07-31", costa: "03-31" };
const at = (iso: string) => Date.parse(iso) / 1000;

describe("cardValidity", () => {
  it("runs to the end of the regime's school year, end of day in Ecuador (UTC−5)", () => {
    const now = at("2026-12-04T12:00:00Z");
    expect(cardValidity(now, "sierra", ends).exp).toBe(at("2027-08-01T04:59:59Z"));
    expect(cardValidity(now, "costa", ends).exp).toBe(at("2027-04-01T04:59:59Z"));
    expect(cardValidity(now, "costa", ends).nbf).toBe(now);
  });

  it("a card issued in the last month of a school year runs to the end of the next one, capped at 13 months", () => {
    const now = at("2027-07-20T12:00:00Z");
    const { exp } = cardValidity(now, "sierra", ends);
    expect(exp).toBe(Math.min(at("2028-08-01T04:59:59Z"), now + MAX_VALIDITY_SEC));
    expect(exp - now).toBeLessThanOrEqual(MAX_VALIDITY_SEC);
    expect(exp - now).toBeGreaterThan(30 * 86400);
  });

  it("refuses a misconfigured end date", () => {
    expect(() => cardValidity(0, "sierra", { sierra: "13-40", costa: "03-31" })).toThrow(/MM-DD/);
  });
});
