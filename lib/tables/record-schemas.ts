import { z } from "zod";

/** A record written by hand: every field's value, and the version it was read at (updates only). */
export const ZRecordBody = z.object({
  fields: z.record(z.string(), z.unknown()),
  version: z.number().int().min(1).optional(),
});

export const ZExportRecordsQuery = z.object({
  format: z.enum(["csv", "json"]).default("csv"),
  filters: z.string().max(10_000).optional(),
});
