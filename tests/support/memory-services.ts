import type { TOutboundRequest, TOutboundResponse, TRunServices } from "@/lib/engine/services";
import type { TTable } from "@/lib/table-schema/field-types";
import type { THttpResponse } from "@/lib/engine/types";
import { memoryRecords } from "./memory-records";

/**
 * Services for interpreter unit tests: tables and records held in memory and an outbound-call recorder. The real database
 * and network paths are covered by the integration suites (tests/public-url, tests/api).
 */
export function memoryServices(tables: TTable[] = [], answer?: (req: TOutboundRequest) => TOutboundResponse) {
  const sent: TOutboundRequest[] = [];
  const taken = new Set<string>();
  const seen = new Map<string, THttpResponse>();
  const records = memoryRecords(tables);
  const services: TRunServices = {
    findTable: async (name) => tables.find((t) => t.name === name),
    isUniqueValueTaken: async (tableId, field, value) =>
      taken.has(`${tableId}/${field}/${value}`) || !!(await records.reader.findUnique(tableId, field, value)),
    records: records.reader,
    fetch: async (req) => {
      sent.push(req);
      return answer?.(req) ?? { status: 200, headers: { "content-type": "application/json" }, body: "{}" };
    },
    dedupe: {
      async claim(key) {
        const first = seen.get(key);
        if (first) return { duplicate: true, firstRequestId: "req_first", response: first };
        seen.set(key, { status: 200, headers: {}, body: { first: key } });
        return { duplicate: false };
      },
      async peek(key) {
        const first = seen.get(key);
        return first ? { duplicate: true, firstRequestId: "req_first", response: first } : { duplicate: false };
      },
    },
  };
  return { services, sent, taken, records };
}

export const INVOICE_LINES: TTable = {
  id: "tbl_lines",
  name: "invoice_lines",
  fields: [
    { name: "event_id", type: "text", required: true, unique: false },
    { name: "amount", type: "integer", required: true, unique: false },
  ],
};
