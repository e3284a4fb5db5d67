import { describe, expect, test } from "vitest";
import { allowlistFor, shellFor } from "../src/sw/shells";

describe("navigation shells", () => {
  test.each([
    ["/", "/index.html"],
    ["/verificar", "/verificar.html"],
    ["/verificar/", "/verificar.html"],
    ["/aliados", "/index.html"],
    ["/aliados/seguimiento/abc", "/index.html"],
    ["/admin", "/index.html"],
    ["/admin/roster", "/index.html"],
  ])("%s is answered by %s", (path, shell) => {
    expect(shellFor(path)).toBe(shell);
  });

  test.each([
    "/api/health",
    "/api/status-list",
    "/auth/callback",
    "/.well-known/jwks.json",
    "/verificarx",
    "/administrar",
    "/index.html/x",
    "/unknown",
  ])("%s is never answered from the cache", (path) => {
    expect(shellFor(path)).toBeNull();
  });

  test("the allow-lists accept a query string and nothing beyond the path", () => {
    const verifier = allowlistFor("/verificar.html");
    expect(verifier.some((r) => r.test("/verificar?desde=inicio"))).toBe(true);
    expect(verifier.some((r) => r.test("/verificarx"))).toBe(false);
    const teacher = allowlistFor("/index.html");
    expect(teacher.some((r) => r.test("/?utm_source=qr"))).toBe(true);
    expect(teacher.some((r) => r.test("/api/health"))).toBe(false);
    expect(teacher.some((r) => r.test("/verificar"))).toBe(false);
  });
});
