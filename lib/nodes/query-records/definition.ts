import { LIMIT_DEFAULTS } from "@/lib/limits";
import { clip, defineNode } from "../define";
import { choice, expression, integer, tableName, text, variableName } from "../fields";

export const MAX_QUERY_LIMIT = LIMIT_DEFAULTS.queryRecordsLimit;
export const MAX_QUERY_OFFSET = LIMIT_DEFAULTS.queryRecordsOffset;

export const queryRecordsNode = defineNode({
  type: "queryRecords",
  title: "Query records",
  description:
    "Reads the records of a table that match filters, sorted, a page at a time; stores `{ items, nextCursor }`.",
  category: "data",
  icon: "☰",
  keywords: ["search", "list", "filter", "find", "select", "page", "database", "table", "rows"],
  fields: {
    table: tableName({ label: "Table" }),
    filters: expression({
      label: "Filters",
      placeholder: "[{ 'field': 'status', 'op': '=', 'value': 'active' }]",
      help: "A list of `{ field, op, value }` (op: = != < <= > >= in contains, or 'is empty' / 'is not empty' without a value); nest `{ 'or': [...] }` or `{ 'and': [...] }` to group. Empty reads every record.",
    }),
    match: choice(["and", "or"], {
      label: "Combine filters with",
      default: "and",
      labels: { and: "and (all hold)", or: "or (any holds)" },
    }),
    sortBy: text({
      label: "Sort by",
      default: "id",
      max: 63,
      placeholder: "id",
      help: "A field, `id` (the order records were added in) or `createdAt`.",
    }),
    direction: choice(["desc", "asc"], {
      label: "Order",
      default: "desc",
      labels: { desc: "descending", asc: "ascending" },
    }),
    limit: integer({
      label: "Limit",
      default: 50,
      min: 1,
      max: MAX_QUERY_LIMIT,
      help: `Records per page, at most ${MAX_QUERY_LIMIT}.`,
    }),
    offset: expression({
      label: "Offset",
      placeholder: "0",
      help: `Records to skip (at most ${MAX_QUERY_OFFSET}); or use a cursor.`,
    }),
    cursor: expression({
      label: "Cursor",
      placeholder: "$page.nextCursor",
      help: "The `nextCursor` of the previous page.",
    }),
    as: variableName({ label: "Store as", default: "records" }),
  },
  handles: [{ id: "next", label: "" }],
  variables: (c) => [{ name: c.as, scope: "after", description: `{ items, nextCursor } read from ${c.table}` }],
  summary: (c) => `${c.table}${c.filters ? ` where ${clip(c.filters, 24)}` : ""} · ${c.limit}`,
});
