import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { cardClaimsSchema, MAX_VALIDITY_SEC, newCardId, POSTS, roleOf } from "../../src/card/claims";
import { claimsFor, DAY, makeDevice } from "../helpers";

describe("card claims", () => {
  it("newCardId: 16 base64url characters, random", () => {
    const ids = new Set(Array.from({ length: 1000 }, newCardId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it("posts and roles", () => {
    expect(POSTS).toEqual(["doc", "rec", "vic", "dir", "sub", "ins", "sin"]);
    expect(roleOf("doc")).toBe("docente");
    for (const post of POSTS.filter((p) => p !== "doc")) expect(roleOf(post)).toBe("directivo");
  });

  it("accepts a full card and keeps only known claims, in schema order", async () => {
    const { k } = await makeDevice();
    const claims = claimsFor(k);
    const parsed = v.parse(cardClaimsSchema, { extra: "dropped", ...claims });
    expect(Object.keys(parsed)).toEqual(["jti", "sli", "n", "p", "a", "d", "c4", "nbf", "exp", "k"]);
  });

  it("validity of exactly 13 months (397 days) is allowed, one second more is not", async () => {
    const { k } = await makeDevice();
    const base = claimsFor(k);
    expect(v.safeParse(cardClaimsSchema, { ...base, exp: base.nbf + MAX_VALIDITY_SEC }).success).toBe(true);
    expect(v.safeParse(cardClaimsSchema, { ...base, exp: base.nbf + MAX_VALIDITY_SEC + 1 }).success).toBe(
      false,
    );
    expect(MAX_VALIDITY_SEC).toBe(397 * DAY);
  });

  it("the name may be 80 characters, with accents", async () => {
    const { k } = await makeDevice();
    const name = "Ñ".repeat(80);
    expect(v.parse(cardClaimsSchema, claimsFor(k, { n: name })).n).toBe(name);
  });
});
