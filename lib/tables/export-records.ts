import { getDb } from "@/lib/db/client";
import { csvLine } from "./csv";
import { recordFilters } from "./list-records";
import { presentRecord, queryRecordRows, tableOf } from "./record-rows";
import { findTableRow } from "./table-view";
import type { TWhere } from "@/lib/records/where";

export type ExportRecordsOptions = { workspaceId: string; name: string; format: "csv" | "json"; filters?: string };

const PAGE = 1000;

/**
 * Every record of a table (matching `filters`), oldest first, streamed page by page so a large table never sits
 * in memory: CSV (a header of id, createdAt and the fields; json fields as JSON text) or a JSON array.
 */
export async function exportRecords({ workspaceId, name, format, filters }: ExportRecordsOptions) {
  const db = getDb();
  const table = tableOf(await findTableRow(db, workspaceId, name));
  const where = recordFilters(table, filters);
  const columns = ["id", "createdAt", ...table.fields.map((f) => f.name)];
  const encoder = new TextEncoder();
  let after: string | undefined;
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(format === "csv" ? csvLine(columns) : "["));
      }
      const items: TWhere[] = where.kind === "and" ? [...where.items] : [where];
      if (after) items.push({ kind: "cond", field: "id", type: "text", op: ">", value: after });
      const rows = await queryRecordRows(db, {
        table,
        where: { kind: "and", items },
        sort: { field: "id", direction: "asc" },
        limit: PAGE,
        offset: 0,
        exclude: [],
      });
      const chunk = rows
        .map((r, i) => {
          const view = presentRecord(table, r);
          if (format === "csv") return csvLine(columns.map((c) => view[c]));
          return `${after === undefined && i === 0 ? "" : ","}\n${JSON.stringify(view)}`;
        })
        .join("");
      if (chunk) controller.enqueue(encoder.encode(chunk));
      if (rows.length > 0) after = rows[rows.length - 1]!.id;
      if (rows.length < PAGE) {
        if (format === "json") controller.enqueue(encoder.encode("\n]\n"));
        controller.close();
      }
    },
  });
  return {
    filename: `${table.name}.${format}`,
    contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/json",
    body,
  };
}
