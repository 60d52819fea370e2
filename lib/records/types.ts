import type { TTable } from "@/lib/table-schema/field-types";
import type { TWhere } from "./where";

/** A record as the database holds it. `version` grows with every update (optimistic concurrency). */
export type TStoredRecord = { id: string; createdAt: number; version: number; data: Record<string, unknown> };

/** One indexed (or unique) field's value in its stored form. */
export type TKeyValue = { field: string; value: string };

/**
 * A record change a run made; written when the run ends, all together, or not at all. A record appears at most
 * once per run: later changes to it fold into its entry (lib/records/session.ts).
 */
export type TPendingRecord = {
  op: "insert" | "update" | "delete";
  id: string;
  tableId: string;
  table: string;
  /** The record's fields after the change (for a delete: what was deleted). */
  data: Record<string, unknown>;
  createdAt: number;
  /** Unique fields' values after the change, so the store enforces uniqueness in the same transaction. */
  unique: TKeyValue[];
  /** Indexed fields' values after the change (lib/records/index-key.ts). */
  index: TKeyValue[];
  /**
   * Update and delete: the committed record the change is based on. The commit refuses the change when the record
   * no longer has this version (another run changed it meanwhile), and drops these keys.
   */
  base?: { version: number; unique: TKeyValue[]; index: TKeyValue[] };
};

/** Where a sorted, filtered read continues: the last item's sort value and id. */
export type TCursor = { value: unknown; id: string };

/** A read of a table's committed records, with fields and values already checked against the table. */
export type TRecordQuery = {
  table: TTable;
  where: TWhere;
  sort: { field: string; direction: "asc" | "desc" };
  limit: number;
  offset: number;
  after?: TCursor;
  /** Records the run has changed: read from the run's own changes instead. */
  exclude: readonly string[];
};

/** Reads of committed records; the run's own changes are laid over them by the session. */
export type TRecordReader = {
  get(tableId: string, id: string): Promise<TStoredRecord | undefined>;
  /** The record holding `value` (in its stored form, lib/records/index-key.ts `uniqueValue`) in a unique field. */
  findUnique(tableId: string, field: string, value: string): Promise<TStoredRecord | undefined>;
  query(query: TRecordQuery): Promise<TStoredRecord[]>;
};
