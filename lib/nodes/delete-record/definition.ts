import { defineNode } from "../define";
import { tableName, variableName } from "../fields";
import { ifMissingField, recordTargetFields, targetSummary } from "../record-target";

export const deleteRecordNode = defineNode({
  type: "deleteRecord",
  title: "Delete record",
  description:
    "Deletes one record, found by id or by a unique field's value, and stores what was deleted (null when none matched). Written when the run ends.",
  category: "data",
  icon: "⌫",
  keywords: ["remove", "erase", "destroy", "drop", "database", "table", "row"],
  fields: {
    table: tableName({ label: "Table" }),
    ...recordTargetFields(),
    ifMissing: ifMissingField(),
    as: variableName({ label: "Store as", default: "deleted" }),
  },
  handles: [{ id: "next", label: "" }],
  hasSideEffects: true,
  variables: (c) => [{ name: c.as, scope: "after", description: `the deleted ${c.table} record, or null` }],
  summary: (c) => `✕ ${targetSummary(c)}`,
});
