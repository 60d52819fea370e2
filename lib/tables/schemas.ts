import { z } from "zod";
import { ZTableField } from "@/lib/table-schema/field-types";

// Answers of the table and record routes (the route table declares them; the OpenAPI document shows them).

/** A table (TTableView). */
export const ZTableOut = z.object({
  id: z.string(),
  name: z.string(),
  fields: z.array(ZTableField),
  createdAt: z.string(),
  recordCount: z.number(),
});

/** A record (TRecordView): its id and creation time, then its own fields, which each table defines. */
export const ZRecordOut = z.looseObject({ id: z.string(), createdAt: z.string() });

export const ZRecordPageOut = z.object({ records: z.array(ZRecordOut), nextCursor: z.string().nullable() });

/** One record with its version and the request that stored it (TRecordDetail). */
export const ZRecordDetailOut = z.object({
  record: ZRecordOut,
  version: z.number(),
  storedBy: z
    .object({
      requestId: z.string(),
      endpointId: z.string().nullable(),
      endpointName: z.string().nullable(),
      receivedAt: z.string().nullable(),
    })
    .nullable(),
});

export const ZImportRecordsOut = z.object({ imported: z.number() });
