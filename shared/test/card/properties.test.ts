/**
 * Properties of verifyPresentation: no single-character change of a valid QR text is valid, and
 * no input — arbitrary, CDD1-shaped, JWS-shaped or 1 MB — makes it throw or say valid.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createPresentation, verifyPresentation } from "../../src/card/presentation";
import { encodeStatic } from "../../src/card/qr-text";
import { makeWorld, NOW, type World } from "../helpers";

let world: World;
const texts = { live: "", static: "" };
beforeAll(async () => {
  world = await makeWorld();
  texts.live = await createPresentation(world.card, world.device.privateKey, NOW);
  texts.static = encodeStatic(world.card);
});

const QR_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_.: $%*+/\n";

function replaceAt(text: string, index: number, char: string): string {
  return text.slice(0, index) + char + text.slice(index + 1);
}

async function neverValid(text: string) {
  const result = await verifyPresentation(text, world.trust, NOW);
  expect(result.valid, text.slice(0, 80)).toBe(false);
}

describe("single-character changes", () => {
  it("the unchanged texts are valid", async () => {
    expect((await verifyPresentation(texts.live, world.trust, NOW)).valid).toBe(true);
    expect((await verifyPresentation(texts.static, world.trust, NOW)).valid).toBe(true);
    expect((await verifyPresentation(world.card, world.trust, NOW)).valid).toBe(true);
  });

  for (const kind of ["live", "static"] as const) {
    const name = `${kind} QR text`;
    it(`every position of the ${name}, changed to the next digit, is not valid`, async () => {
      const text = texts[kind];
      for (let i = 0; i < text.length; i++) {
        const char = text[i] as string;
        const next = /\d/.test(char) ? String((Number(char) + 1) % 10) : "0";
        await neverValid(replaceAt(text, i, next));
      }
    });

    it(`any character at any position of the ${name} is not valid`, async () => {
      const text = texts[kind];
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: text.length - 1 }),
          fc.constantFrom(...QR_CHARS),
          async (index, char) => {
            fc.pre(text[index] !== char);
            await neverValid(replaceAt(text, index, char));
          },
        ),
        { numRuns: 400 },
      );
    });
  }

  it("every position of the bare compact JWS, changed to another base64url character, is not valid", async () => {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const text = world.card;
    for (let i = 0; i < text.length; i++) {
      const char = text[i] as string;
      // The sibling that differs only in the lowest bit: the change most likely to hide in padding.
      const other = char === "." ? "A" : (alphabet[alphabet.indexOf(char) ^ 1] as string);
      await neverValid(replaceAt(text, i, other));
    }
  });
});

describe("any input", () => {
  const results = async (text: string): Promise<void> => {
    const result = await verifyPresentation(text, world.trust, NOW);
    expect(result.valid).toBe(false);
  };

  it("arbitrary strings never throw and are never valid", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 300 })),
        results,
      ),
      { numRuns: 500 },
    );
  });

  it("CDD1 texts with arbitrary digits never throw and are never valid", async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[0-9]{0,1200}$/), async (digits) => {
        await results(`CDD1:${digits}`);
      }),
      { numRuns: 300 },
    );
  });

  it("JWS-shaped strings never throw and are never valid", async () => {
    const part = fc.stringMatching(/^[A-Za-z0-9_-]{0,120}$/);
    await fc.assert(
      fc.asyncProperty(part, part, part, async (a, b, c) => {
        await results(`eyJ${a}.${b}.${c}`);
        await results(`${a}.${b}.${c}`);
      }),
      { numRuns: 300 },
    );
  });

  it("1 MB strings are rejected as TOO_LARGE", async () => {
    for (const text of [
      "x".repeat(1 << 20),
      `CDD1:${"7".repeat(1 << 20)}`,
      `${world.card}.`.repeat(Math.ceil((1 << 20) / world.card.length)),
      "\u{1F600}".repeat(1 << 19),
    ]) {
      expect(await verifyPresentation(text, world.trust, NOW)).toEqual({ valid: false, reason: "TOO_LARGE" });
    }
  });
});
