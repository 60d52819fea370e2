import { z } from "zod";
import { badRequest, type TFieldError } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { newId } from "@/lib/ids";
import { recordKeys } from "@/lib/records/index-key";
import { coerceRecord, RecordValidationError } from "@/lib/table-schema/coerce-record";
import { cellValue, parseCsv } from "./csv";
import { presentRecord, tableOf, uniqueTaken } from "./record-rows";
import { changeRecords } from "./record-events";
import { findTableRow } from "./table-view";

export const MAX_IMPORT_ROWS = 50_000;
export const ZImportRecordsBody = z.object({ csv: z.string().min(1, "the file is empty") });

export type ImportRecordsOptions = { workspaceId: string; name: string; csv: string };

/** Columns every export has that an import does not take: a new record gets a new id and creation time. */
const IGNORED = new Set(["id", "createdAt"]);
const CHUNK = 500;

/**
 * Adds one record per CSV row (the header names the fields; id and createdAt columns are ignored), each checked as
 * the addRecord node checks it. All or nothing: any bad row refuses the whole file, naming up to 20 rows. Each
 * record emits `record.created`, in the import's one transaction (a refused file emits nothing).
 */
export async function importRecords({ workspaceId, name, csv }: ImportRecordsOptions): Promise<{ imported: number }> {
  const db = getDb();
  const table = tableOf(await findTableRow(db, workspaceId, name));
  const [header, ...rows] = parseCsv(csv);
  if (!header) throw badRequest([{ path: "csv", message: "the file has no header row" }]);
  const unknown = header.filter((h) => !IGNORED.has(h) && !table.fields.some((f) => f.name === h));
  if (unknown.length)
    throw badRequest([{ path: "csv", message: `${name} has no field ${unknown.map((u) => `"${u}"`).join(", ")}` }]);
  if (rows.length > MAX_IMPORT_ROWS)
    throw badRequest([{ path: "csv", message: `at most ${MAX_IMPORT_ROWS} rows per file` }]);

  const errors: TFieldError[] = [];
  const records: { id: string; data: Record<string, unknown> }[] = [];
  const now = Date.now();
  rows.forEach((cells, i) => {
    const values: Record<string, unknown> = {};
    header.forEach((column, c) => {
      const field = table.fields.find((f) => f.name === column);
      if (field) values[column] = cellValue(field.type, cells[c] ?? "");
    });
    try {
      records.push({ id: newId("rec"), data: coerceRecord(table, values) });
    } catch (err) {
      if (!(err instanceof RecordValidationError)) throw err;
      if (errors.length < 20)
        errors.push({ path: `csv.row${i + 2}.${err.field}`, message: `row ${i + 2}: ${err.message}` });
    }
  });
  if (errors.length) throw badRequest(errors);

  const keyed = records.map((r) => ({ ...r, ...recordKeys(table, r.data) }));
  const seen = new Map<string, string>();
  for (const r of keyed) {
    for (const k of r.unique) {
      const key = `${k.field}\u0000${k.value}`;
      if (seen.has(key)) throw uniqueTaken(name, k.field, k.value);
      seen.set(key, r.id);
    }
  }
  await changeRecords(
    workspaceId,
    async (tx, emit) => {
      for (let i = 0; i < keyed.length; i += CHUNK) {
        const chunk = keyed.slice(i, i + CHUNK);
        const unique = chunk.flatMap((r) =>
          r.unique.map((k) => ({ tableId: table.id, field: k.field, value: k.value, recordId: r.id })),
        );
        // One lookup per unique field with its values as one list: an OR of (field, value) pairs would pass twice the
        // parameters and overflow SQLite's limit on a full chunk.
        for (const field of new Set(unique.map((k) => k.field))) {
          const values = unique.filter((k) => k.field === field).map((k) => k.value);
          const taken = await tx.recordUniqueValue.findFirst({
            where: { tableId: table.id, field, value: { in: values } },
          });
          if (taken) throw uniqueTaken(name, taken.field, taken.value, taken.recordId);
        }
        await tx.dataRecord.createMany({
          data: chunk.map((r) => ({
            id: r.id,
            tableId: table.id,
            data: JSON.stringify(r.data),
            createdAt: BigInt(now),
          })),
        });
        if (unique.length) await tx.recordUniqueValue.createMany({ data: unique });
        const index = chunk.flatMap((r) =>
          r.index.map((k) => ({ tableId: table.id, field: k.field, value: k.value, recordId: r.id })),
        );
        if (index.length) await tx.recordIndexValue.createMany({ data: index });
        for (const r of chunk)
          emit(
            "record.created",
            table.name,
            presentRecord(table, { id: r.id, createdAt: now, version: 1, data: r.data }),
          );
      }
    },
    { timeout: 120_000 },
  );
  return { imported: keyed.length };
}
