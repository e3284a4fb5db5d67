import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { rosterAccounts } from "../roster.mjs";

const fixture = new URL("./fixtures/demo-roster.csv", import.meta.url);

describe("rosterAccounts", () => {
  it("makes one account per row with an e-mail (BOM, CRLF, quoted commas and quotes handled)", async () => {
    const accounts = rosterAccounts(await readFile(fixture, "utf8"), { password: "pw" });
    expect(accounts).toEqual([
      {
        email: "Ana.Perez@educacion.gob.ec",
        password: "pw",
        given_name: "Ana María",
        family_name: "Pérez Loor",
        name: "Ana María Pérez Loor",
      },
      {
        email: "jose.tapia@educacion.gob.ec",
        password: "pw",
        given_name: "José, Luis",
        family_name: 'Tapia "el Profe" Vera',
        name: 'José, Luis Tapia "el Profe" Vera',
      },
      // Inactive people still have an account: eligibility is the app's decision.
      {
        email: "rosa.quispe@educacion.gob.ec",
        password: "pw",
        given_name: "Rosa",
        family_name: "Quispe",
        name: "Rosa Quispe",
      },
    ]);
  });

  it("refuses a file without the needed columns", () => {
    expect(() => rosterAccounts("cedula,nombres,correo\n1,Ana,a@b.ec\n", { password: "pw" })).toThrow(
      expect.objectContaining({
        code: "DEV_OP_ROSTER_INVALID",
        message: expect.stringMatching(/email, apellidos/),
      }),
    );
  });

  it("refuses a malformed row and names it", () => {
    const csv = 'nombres,apellidos,email\nAna,Pérez,a@b.ec\n"Luis,Tapia,l@b.ec\n';
    expect(() => rosterAccounts(csv, { password: "pw" })).toThrow(
      expect.objectContaining({ code: "DEV_OP_ROSTER_INVALID" }),
    );
    expect(() => rosterAccounts("nombres,apellidos,email\nAna,Pérez\n", { password: "pw" })).toThrow(
      expect.objectContaining({
        code: "DEV_OP_ROSTER_INVALID",
        message: expect.stringMatching(/data row 1/),
      }),
    );
  });
});

describe("the lead's demo roster", () => {
  const demo = new URL("../../../worker/seed/demo-roster.csv", import.meta.url);
  it.runIf(existsSync(demo))("gives `npm start` accounts with unique addresses", async () => {
    const accounts = rosterAccounts(await readFile(demo, "utf8"), { password: "pw" });
    expect(accounts.length).toBeGreaterThan(0);
    const emails = accounts.map((account) => account.email.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
    for (const account of accounts) expect(account.name).not.toBe("");
  });
});
