import { describe, expect, it } from "vitest";
import { indexValue } from "./index-key";

describe("indexValue", () => {
  it("orders numbers as text in numeric order, empty values first", () => {
    const numbers = [-1e300, -1000.5, -2, -0.001, 0, 0.001, 1, 2, 10, 1000.5, 2 ** 53, 1e300];
    const keys = numbers.map((n) => indexValue({ type: "decimal" }, n));
    expect([...keys].sort()).toEqual(keys);
    expect(indexValue({ type: "integer" }, -0)).toBe(indexValue({ type: "integer" }, 0));
    expect(indexValue({ type: "integer" }, null) < keys[0]!).toBe(true);
  });

  it("keeps a prefix of long text, and orders timestamps and booleans", () => {
    expect(indexValue({ type: "text" }, "x".repeat(500))).toHaveLength(201);
    expect(
      indexValue({ type: "timestamp" }, "2026-01-02T00:00:00.000Z") >
        indexValue({ type: "timestamp" }, "2025-12-31T23:59:59.999Z"),
    ).toBe(true);
    expect(indexValue({ type: "boolean" }, true) > indexValue({ type: "boolean" }, false)).toBe(true);
  });
});
