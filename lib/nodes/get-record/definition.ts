import { defineNode } from "../define";
import { tableName, variableName } from "../fields";
import { ifMissingField, recordTargetFields, targetSummary } from "../record-target";

export const getRecordNode = defineNode({
  type: "getRecord",
  title: "Get record",
  description:
    "Reads one record of a table, by its id or by a unique field's value; stores it, or null when none matches.",
  category: "data",
  icon: "⌕",
  keywords: ["find", "lookup", "read", "fetch", "load", "database", "table", "row"],
  fields: {
    table: tableName({ label: "Table" }),
    ...recordTargetFields(),
    ifMissing: ifMissingField(),
    as: variableName({ label: "Store as", default: "record" }),
  },
  handles: [{ id: "next", label: "" }],
  variables: (c) => [{ name: c.as, scope: "after", description: `the ${c.table} record, or null` }],
  summary: targetSummary,
});
