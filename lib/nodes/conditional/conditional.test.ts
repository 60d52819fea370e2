import { describe, expect, it } from "vitest";
import { isTruthy } from "./truthy";

describe("conditional", () => {
  it.each([
    [true, true],
    [false, false],
    [0, false],
    [1, true],
    ["", false],
    ["no", true],
    [null, false],
    [undefined, false],
    [[], false],
    [[0], false],
    [[0, 1], true],
    [{}, false],
    [{ a: 1 }, true],
  ])("treats %j as %s, as JSONata's $boolean does", (value, expected) => {
    expect(isTruthy(value)).toBe(expected);
  });
});
