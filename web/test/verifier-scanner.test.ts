import { describe, expect, test } from "vitest";
import { halve, resample, smooth, toGray } from "../src/scanner/luma";

const gray = (width: number, height: number, values: number[]) => ({
  width,
  height,
  data: Uint8ClampedArray.from(values),
});

describe("decoder views (grey levels)", () => {
  test("RGBA to luma with ZXing's weights", () => {
    const rgba = Uint8ClampedArray.from([255, 255, 255, 255, 0, 0, 0, 255, 255, 0, 0, 255, 0, 255, 0, 255]);
    expect([...toGray(rgba, 4, 1).data]).toEqual([255, 0, 76, 150]);
  });

  test("smoothing keeps flat areas, softens a lone speck, keeps the size", () => {
    const flat = smooth(gray(3, 3, Array(9).fill(200)));
    expect([...flat.data]).toEqual(Array(9).fill(200));
    const speck = smooth(gray(3, 3, [0, 0, 0, 0, 160, 0, 0, 0, 0]));
    expect(speck.data[4]).toBe(40); // centre weight 4/16
    expect(speck.data[0]).toBe(10); // corner 1/16
    expect([speck.width, speck.height]).toEqual([3, 3]);
  });

  test("half size averages 2×2 blocks (an odd last row or column is dropped)", () => {
    const half = halve(gray(5, 3, [0, 100, 50, 50, 9, 200, 100, 50, 50, 9, 7, 7, 7, 7, 7]));
    expect([half.width, half.height]).toEqual([2, 1]);
    expect([...half.data]).toEqual([100, 50]);
  });

  test("three-quarter size: the right dimensions, flat stays flat, an edge stays an edge", () => {
    const flat = resample(gray(8, 4, Array(32).fill(90)), 0.75);
    expect([flat.width, flat.height]).toEqual([6, 3]);
    expect([...flat.data].every((v) => v === 90)).toBe(true);
    const edge = resample(gray(8, 1, [0, 0, 0, 0, 255, 255, 255, 255]), 0.75);
    expect(edge.data[0]).toBe(0);
    expect(edge.data[5]).toBe(255);
  });
});
