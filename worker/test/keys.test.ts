import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { issuerKeys } from "../src/keys.ts";

describe("issuerKeys", () => {
  it("imports the active key once and publishes every key's public half", async () => {
    const a = await issuerKeys(env);
    const b = await issuerKeys(env);
    expect(a).toBe(b);
    expect(a.active.privateKey.type).toBe("private");
    expect(a.jwks.keys.some((k) => k.kid === a.active.kid)).toBe(true);
  });

  it("rejects a malformed secret without echoing its content", async () => {
    const secret =
      '{"active":"x","keys":[{"kty":"EC","crv":"P-256","x":"SECRETX","y":"SECRETY","d":"SECRETD","kid":"y"}]}';
    const failure = await issuerKeys({ ISSUER_KEYS: secret }).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain("ISSUER_KEYS");
    expect((failure as Error).message).not.toContain("SECRET");
  });

  it("rejects a secret that is not JSON", async () => {
    await expect(issuerKeys({ ISSUER_KEYS: "not json" })).rejects.toThrow(/not JSON/);
  });
});
