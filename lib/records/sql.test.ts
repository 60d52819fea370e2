import { describe, expect, it } from "vitest";
import type { TTable } from "@/lib/table-schema/field-types";
import { MAX_QUERY_ROWS, recordsQuerySql } from "./sql";
import type { TRecordQuery } from "./types";
import { parseWhere } from "./where";

const TABLE: TTable = {
  id: "tbl_1",
  name: "t",
  fields: [{ name: "n", type: "integer", required: false, unique: false }],
};
const query = (limit: number, offset = 0): TRecordQuery => ({
  table: TABLE,
  where: parseWhere(TABLE, undefined, "and"),
  sort: { field: "id", direction: "asc" },
  limit,
  offset,
  exclude: [],
});

describe("records query bounds (whoever asks: a node here or an isolated run's worker)", () => {
  it("reads up to a page past the largest offset", () => {
    expect(() => recordsQuerySql("sqlite", query(MAX_QUERY_ROWS))).not.toThrow();
    expect(() => recordsQuerySql("postgres", query(51, 10_000))).not.toThrow();
  });
  it.each([
    [MAX_QUERY_ROWS + 1, 0],
    [0, 0],
    [1.5, 0],
    [10, 10_001],
    [10, -1],
  ])("refuses limit %s offset %s", (limit, offset) => {
    expect(() => recordsQuerySql("sqlite", query(limit, offset))).toThrow(/a records query/);
  });
});
