import type { TRunState } from "@/lib/engine/context";
import type { TTable } from "@/lib/table-schema/field-types";
import { fieldType } from "./where";
import { recordKeys, uniqueValue } from "./index-key";
import { isAfter, matches, recordOrder } from "./match";
import { isoTime } from "./iso-time";
import type { TKeyValue, TPendingRecord, TRecordQuery, TStoredRecord } from "./types";

type TBase = NonNullable<TPendingRecord["base"]>;

// Module-level, not a closure per call: the server runs through tsx, which names every closure as it is made.
const holds = (keys: readonly TKeyValue[] | undefined, key: TKeyValue) =>
  keys !== undefined && keys.some((u) => u.field === key.field && u.value === key.value);

/**
 * A run's view of the records: what the database holds, with the run's own changes laid over it (a run reads
 * what it wrote). Changes fold into one entry per record in `run.records`, which the run commits as a whole when
 * it ends; each update or delete carries the version of the record as the run first read it, so the commit is
 * refused if another run changed that record in between (lib/records/conflict.ts). A dry run keeps its changes
 * here only, so later nodes see them but nothing is written.
 */
class RecordSession {
  private readonly changes = new Map<string, TPendingRecord>();
  /** Committed records as the run first read them: what its updates and deletes are based on. */
  private readonly seen = new Map<string, TBase>();

  constructor(private readonly run: TRunState) {}

  private remember(table: TTable, record: TStoredRecord | undefined): TStoredRecord | undefined {
    const key = `${table.id}/${record?.id}`;
    if (record && !this.seen.has(key))
      this.seen.set(key, { version: record.version, ...recordKeys(table, record.data) });
    return record;
  }

  private pendingOf(table: TTable, id: string) {
    return this.changes.get(`${table.id}/${id}`);
  }

  private asStored(p: TPendingRecord): TStoredRecord {
    return { id: p.id, createdAt: p.createdAt, version: p.base?.version ?? 0, data: p.data };
  }

  async get(table: TTable, id: string): Promise<TStoredRecord | undefined> {
    const pending = this.pendingOf(table, id);
    if (pending) return pending.op === "delete" ? undefined : this.asStored(pending);
    return this.remember(table, await this.run.services.records.get(table.id, id));
  }

  async findUnique(table: TTable, field: string, value: unknown): Promise<TStoredRecord | undefined> {
    const stored = uniqueValue(value);
    for (const p of this.changes.values()) {
      if (p.tableId === table.id && p.op !== "delete" && p.unique.some((u) => u.field === field && u.value === stored))
        return this.asStored(p);
    }
    const found = await this.run.services.records.findUnique(table.id, field, stored);
    // The committed holder may have been changed or deleted by this run: then nothing holds the value.
    if (found && this.pendingOf(table, found.id)) return undefined;
    return this.remember(table, found);
  }

  /** True when a record other than `id` holds this unique value, as the run sees the records. */
  async isUniqueTaken(table: TTable, key: TKeyValue, id: string): Promise<boolean> {
    for (const p of this.changes.values()) {
      if (p.tableId === table.id && p.id !== id && p.op !== "delete" && holds(p.unique, key)) return true;
    }
    // The record already holds the value: as committed, or in this run's own change to it — a value is checked
    // when a change takes it (the commit's unique key is the final word), so an upsert that updates the record it
    // just added, line after line, reads the database once, not once per line.
    if (holds(this.seen.get(`${table.id}/${id}`)?.unique, key) || holds(this.pendingOf(table, id)?.unique, key))
      return false;
    return this.run.services.isUniqueValueTaken(table.id, key.field, key.value);
  }

  async query(q: Omit<TRecordQuery, "exclude">): Promise<TStoredRecord[]> {
    const pending = [...this.changes.values()].filter((p) => p.tableId === q.table.id);
    const reader = this.run.services.records;
    if (pending.length === 0) return (await reader.query({ ...q, exclude: [] })).map((r) => this.remember(q.table, r)!);
    // Changed records are read from the run's changes: left out of the database read, then merged in order.
    const exclude = pending.filter((p) => p.op !== "insert").map((p) => p.id);
    const fromDb = await reader.query({ ...q, exclude, offset: 0, limit: q.offset + q.limit });
    const type = fieldType(q.table, q.sort.field) ?? "text";
    const own = pending
      .filter((p) => p.op !== "delete")
      .map((p) => this.asStored(p))
      .filter((r) => matches(q.where, r) && (!q.after || isAfter(type, q.sort, q.after, r)));
    const merged = [...fromDb.map((r) => this.remember(q.table, r)!), ...own].sort(recordOrder(type, q.sort));
    return merged.slice(q.offset, q.offset + q.limit);
  }

  private track(change: TPendingRecord) {
    this.changes.set(`${change.tableId}/${change.id}`, change);
    if (!this.run.dryRun) this.run.records.push(change);
  }

  private untrack(change: TPendingRecord) {
    this.changes.delete(`${change.tableId}/${change.id}`);
    const at = this.run.records.indexOf(change);
    if (at >= 0) this.run.records.splice(at, 1);
  }

  insert(table: TTable, id: string, data: Record<string, unknown>, createdAt: number): TPendingRecord {
    const change: TPendingRecord = {
      op: "insert",
      id,
      tableId: table.id,
      table: table.name,
      data,
      createdAt,
      ...recordKeys(table, data),
    };
    this.track(change);
    return change;
  }

  /** Replaces a record's fields; `record` is what `get`/`findUnique`/`query` returned for it. */
  update(table: TTable, record: TStoredRecord, data: Record<string, unknown>): TPendingRecord {
    const keys = recordKeys(table, data);
    const pending = this.pendingOf(table, record.id);
    if (pending) {
      Object.assign(pending, { data }, keys);
      return pending;
    }
    const change: TPendingRecord = {
      op: "update",
      id: record.id,
      tableId: table.id,
      table: table.name,
      data,
      createdAt: record.createdAt,
      ...keys,
      base: this.baseOf(table, record),
    };
    this.track(change);
    return change;
  }

  delete(table: TTable, record: TStoredRecord): void {
    const pending = this.pendingOf(table, record.id);
    if (pending?.op === "insert") return this.untrack(pending);
    if (pending) {
      Object.assign(pending, { op: "delete", unique: [], index: [] });
      return;
    }
    this.track({
      op: "delete",
      id: record.id,
      tableId: table.id,
      table: table.name,
      data: record.data,
      createdAt: record.createdAt,
      unique: [],
      index: [],
      base: this.baseOf(table, record),
    });
  }

  private baseOf(table: TTable, record: TStoredRecord): TBase {
    return this.seen.get(`${table.id}/${record.id}`) ?? { version: record.version, ...recordKeys(table, record.data) };
  }
}

const sessions = new WeakMap<TRunState, RecordSession>();

/** The run's record session, made on first use. */
export function recordSession(run: TRunState): RecordSession {
  let session = sessions.get(run);
  if (!session) sessions.set(run, (session = new RecordSession(run)));
  return session;
}

/** A record as a stack sees it: `{ id, createdAt, ...fields }`. */
export function recordView(record: Pick<TStoredRecord, "id" | "createdAt" | "data">): Record<string, unknown> {
  const view: Record<string, unknown> = { id: record.id, createdAt: isoTime(record.createdAt) };
  for (const key of Object.keys(record.data)) view[key] = record.data[key];
  return view;
}
