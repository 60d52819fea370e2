import { invalidField } from "@/lib/errors";
import { coerceRecord, RecordValidationError } from "@/lib/table-schema/coerce-record";
import type { TTable } from "@/lib/table-schema/field-types";

/** coerceRecord with its error as a 400 on the field it names. */
export function checkedFields(table: TTable, fields: Record<string, unknown>): Record<string, unknown> {
  try {
    return coerceRecord(table, fields);
  } catch (err) {
    if (err instanceof RecordValidationError) throw invalidField(err.field, err.message);
    throw err;
  }
}
