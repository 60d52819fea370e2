import { defineNode } from "../define";
import { expressionMap, tableName, variableName } from "../fields";

export const addRecordNode = defineNode({
  type: "addRecord",
  title: "Add record",
  description: "Adds a record to a table. Written when the run ends, together with the run's other records.",
  category: "data",
  icon: "＋",
  keywords: ["insert", "save", "create", "store", "database", "table", "write", "row"],
  fields: {
    table: tableName({ label: "Table" }),
    fields: expressionMap({ label: "Fields", keyLabel: "field" }),
    as: variableName({ label: "Store as", default: "record" }),
  },
  handles: [{ id: "next", label: "" }],
  hasSideEffects: true,
  variables: (c) => [{ name: c.as, scope: "after", description: `the record added to ${c.table}` }],
  summary: (c) => `${c.table} ← ${Object.keys(c.fields).length} field(s)`,
});
