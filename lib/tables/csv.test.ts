import { describe, expect, it } from "vitest";
import { cellValue, csvCell, csvLine, parseCsv } from "./csv";

describe("csv", () => {
  it("round-trips quotes, commas, line breaks and formula-looking text", () => {
    const values = ['say "hi", then\nleave', "=SUM(A1)", "-12", "plain", null, { a: [1, 2] }, true];
    const [row] = parseCsv(csvLine(values));
    expect(row).toEqual(['say "hi", then\nleave', "'=SUM(A1)", "-12", "plain", "", '{"a":[1,2]}', "true"]);
    expect(cellValue("text", row![1]!)).toBe("=SUM(A1)");
    expect(cellValue("json", row![5]!)).toEqual({ a: [1, 2] });
  });

  it("reads CRLF and LF rows, a byte-order mark and a last row without a line break", () => {
    expect(parseCsv("\ufeffa,b\r\n1,2\n3,")).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", ""],
    ]);
    expect(csvCell("")).toBe("");
  });

  it("reads cells as the field's type, leaving what does not read for the record check to name", () => {
    expect(cellValue("integer", "42")).toBe(42);
    expect(cellValue("integer", "4x")).toBe("4x");
    expect(cellValue("decimal", "-1.5e3")).toBe(-1500);
    expect(cellValue("boolean", "TRUE")).toBe(true);
    expect(cellValue("boolean", "no")).toBe(false);
    expect(cellValue("timestamp", "1700000000")).toBe(1700000000);
    expect(cellValue("text", "")).toBeNull();
  });
});
