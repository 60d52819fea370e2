import { boolean, expressionMap, tableName, variableName } from "../fields";
import { defineNode } from "../define";
import { ifMissingField, recordTargetFields, targetSummary } from "../record-target";

export const updateRecordNode = defineNode({
  type: "updateRecord",
  title: "Update record",
  description:
    "Changes fields of one record, found by id or by a unique field's value; with upsert, adds it when none matches. Written when the run ends, with the run's other changes.",
  category: "data",
  icon: "✎",
  keywords: ["upsert", "edit", "change", "modify", "save", "set", "database", "table", "row"],
  fields: {
    table: tableName({ label: "Table" }),
    ...recordTargetFields(),
    fields: expressionMap({
      label: "Fields to change",
      keyLabel: "field",
      help: "Fields left out keep their value; null clears one.",
    }),
    upsert: boolean({ label: "Add the record when none matches (upsert, by unique field)", default: false }),
    ifMissing: ifMissingField(),
    as: variableName({ label: "Store as", default: "record" }),
  },
  handles: [{ id: "next", label: "" }],
  hasSideEffects: true,
  variables: (c) => [{ name: c.as, scope: "after", description: `the ${c.table} record as changed` }],
  summary: (c) => `${targetSummary(c)} ← ${Object.keys(c.fields).length} field(s)${c.upsert ? " (upsert)" : ""}`,
});
