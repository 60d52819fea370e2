import { call, id } from "@/lib/editor-store/api-client";
import type { TTableField, TTableDefinition } from "@/lib/table-schema/field-types";
import type { TRecordDetail } from "@/lib/tables/get-record";
import type { TRecordView } from "@/lib/tables/record-rows";
import type { TTableView } from "@/lib/tables/table-view";

export type TRecordFilter = { field: string; op: string; value?: unknown };
export type TRecordsQuery = { cursor?: string; order: "newest" | "oldest"; filters: TRecordFilter[]; limit?: number };

const t = (name: string) => `/tables/${id(name)}`;

export function recordsQueryString(q: Partial<TRecordsQuery>): string {
  const params = new URLSearchParams();
  if (q.limit) params.set("limit", String(q.limit));
  if (q.cursor) params.set("cursor", q.cursor);
  if (q.order) params.set("order", q.order);
  if (q.filters?.length) params.set("filters", JSON.stringify(q.filters));
  return params.toString();
}

/** The Tables pages' calls to /api/v1 (types come from the server's own verbs). */
export const tablesApi = {
  list: async () => (await call<{ tables: TTableView[] }>("GET", "/tables")).tables,
  get: (name: string) => call<TTableView>("GET", t(name)),
  create: (table: TTableDefinition) => call<TTableView>("POST", "/tables", table),
  remove: async (name: string) => {
    await call<unknown>("DELETE", t(name));
  },
  addField: (name: string, field: TTableField) => call<TTableView>("POST", `${t(name)}/fields`, field),
  removeField: (name: string, field: string) => call<TTableView>("DELETE", `${t(name)}/fields/${id(field)}`),
  records: (name: string, q: TRecordsQuery) =>
    call<{ records: TRecordView[]; nextCursor: string | null }>("GET", `${t(name)}/records?${recordsQueryString(q)}`),
  record: (name: string, recordId: string) => call<TRecordDetail>("GET", `${t(name)}/records/${id(recordId)}`),
  addRecord: (name: string, fields: Record<string, unknown>) =>
    call<TRecordView>("POST", `${t(name)}/records`, { fields }),
  editRecord: (name: string, recordId: string, fields: Record<string, unknown>, version: number) =>
    call<TRecordView & { version: number }>("PUT", `${t(name)}/records/${id(recordId)}`, { fields, version }),
  removeRecord: async (name: string, recordId: string) => {
    await call<unknown>("DELETE", `${t(name)}/records/${id(recordId)}`);
  },
  importCsv: (name: string, csv: string) => call<{ imported: number }>("POST", `${t(name)}/import`, { csv }),
  exportUrl: (name: string, format: "csv" | "json", filters: TRecordFilter[]) =>
    `/api/v1${t(name)}/export?${new URLSearchParams({ format, ...(filters.length ? { filters: JSON.stringify(filters) } : {}) })}`,
};
