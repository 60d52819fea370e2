import { choice, expression, text } from "./fields";

/**
 * The fields that name one record, shared by getRecord, updateRecord and deleteRecord: by its id, or by the
 * value of one of its table's unique fields (lib/records/find-target.ts reads them).
 */
export const recordTargetFields = () => ({
  by: choice(["id", "field"], { label: "Find by", default: "id", labels: { id: "Record id", field: "Unique field" } }),
  id: expression({
    label: "Record id",
    placeholder: "$payload.record_id",
    visibleWhen: { field: "by", oneOf: ["id"] },
  }),
  field: text({
    label: "Unique field",
    placeholder: "stripe_id",
    max: 63,
    visibleWhen: { field: "by", oneOf: ["field"] },
  }),
  value: expression({
    label: "Value",
    placeholder: "$payload.data.object.customer",
    visibleWhen: { field: "by", oneOf: ["field"] },
  }),
});

export const ifMissingField = () =>
  choice(["null", "404"], {
    label: "When no record matches",
    default: "null",
    labels: { null: "Store null and continue", "404": "End the run with 404" },
  });

/** One line naming the record, for canvas summaries. */
export function targetSummary(c: {
  table: string;
  by: "id" | "field";
  id?: string;
  field?: string;
  value?: string;
}): string {
  const key = c.by === "id" ? `id = ${c.id ?? "?"}` : `${c.field ?? "?"} = ${c.value ?? "?"}`;
  return `${c.table} where ${key}`;
}
