import { DomainError, notFound } from "@/lib/errors";
import type { Db } from "@/lib/db/client";
import { databaseUrl, providerOf } from "@/lib/db/database-url";
import { keyChanges, recordKeys } from "@/lib/records/index-key";
import { recordsQuerySql, type TDialect } from "@/lib/records/sql";
import type { TPendingRecord, TRecordQuery, TStoredRecord } from "@/lib/records/types";
import { ZTableField, type TTable } from "@/lib/table-schema/field-types";
import type { TTx } from "@/lib/workspaces/bump-revision";

/** The records of a table as the back office shows them: system fields, then the table's fields in order. */
export type TRecordView = { id: string; createdAt: string } & Record<string, unknown>;

export const dialect = (): TDialect => providerOf(databaseUrl());

/** A parameter placeholder in the current database's SQL (`?` or `$n`). */
export const placeholder = (n: number) => (dialect() === "sqlite" ? "?" : `$${n}`);

/** A table row as the record code wants it. */
export function tableOf(row: { id: string; name: string; fields: string }): TTable {
  return { id: row.id, name: row.name, fields: ZTableField.array().parse(JSON.parse(row.fields)) };
}

type TRow = { id: string; data: string; createdAt: number | bigint | string; version: number | bigint };

/** A read through lib/records/sql.ts (the same filters, seeks and order as the queryRecords node), via Prisma. */
export async function queryRecordRows(db: Db | TTx, query: TRecordQuery): Promise<TStoredRecord[]> {
  const { sql, params } = recordsQuerySql(dialect(), query);
  const rows = await db.$queryRawUnsafe<TRow[]>(sql, ...params);
  return rows.map((r) => ({
    id: r.id,
    createdAt: Number(r.createdAt),
    version: Number(r.version),
    data: JSON.parse(r.data) as Record<string, unknown>,
  }));
}

/** Only the table's current fields (a stored record never holds others, but be sure), in the table's order. */
export function presentRecord(table: TTable, record: TStoredRecord): TRecordView {
  const view: TRecordView = { id: record.id, createdAt: new Date(record.createdAt).toISOString() };
  for (const f of table.fields) view[f.name] = record.data[f.name] ?? null;
  return view;
}

const isUniqueViolation = (err: unknown) =>
  (err as { code?: string }).code === "P2002" || /unique/i.test(String((err as Error).message));

/**
 * Writes one hand-made change like a run's commit does (lib/records/*-records.ts `apply`): the row, its unique
 * and index keys; an update or delete only applies to the version it was based on. Call inside a transaction.
 */
export async function writeRecordChange(tx: TTx, change: TPendingRecord): Promise<void> {
  const where = { tableId: change.tableId, id: change.id, version: change.base?.version ?? 0 };
  const moved = () => new DomainError("conflict", `record ${change.id} was changed meanwhile: reload it and try again`);
  if (change.op === "insert") {
    await tx.dataRecord.create({
      data: {
        id: change.id,
        tableId: change.tableId,
        data: JSON.stringify(change.data),
        createdAt: BigInt(change.createdAt),
      },
    });
  } else if (change.op === "update") {
    const { count } = await tx.dataRecord.updateMany({
      where,
      data: { data: JSON.stringify(change.data), version: { increment: 1 } },
    });
    if (count === 0) throw moved();
  } else {
    const { count } = await tx.dataRecord.deleteMany({ where });
    if (count === 0) throw moved();
  }
  for (const { op, table, key } of keyChanges(change)) {
    const row = { tableId: change.tableId, field: key.field, value: key.value, recordId: change.id };
    const model = table === "record_unique_values" ? tx.recordUniqueValue : tx.recordIndexValue;
    if (op === "drop") {
      await (model as typeof tx.recordIndexValue).deleteMany({ where: row });
      continue;
    }
    if (table === "record_unique_values") {
      const holder = await tx.recordUniqueValue.findUnique({
        where: { tableId_field_value: { tableId: change.tableId, field: key.field, value: key.value } },
      });
      if (holder) throw uniqueTaken(change.table, key.field, key.value, holder.recordId);
    }
    try {
      await (model as typeof tx.recordIndexValue).create({ data: row });
    } catch (err) {
      if (isUniqueViolation(err)) throw uniqueTaken(change.table, key.field, key.value);
      throw err;
    }
  }
}

export function uniqueTaken(table: string, field: string, value: string, recordId?: string): DomainError {
  const by = recordId ? ` (record ${recordId})` : "";
  return new DomainError("conflict", `${table} already has a record with ${field} ${value}${by}: ${field} is unique`, {
    errors: [{ path: field, message: `another record${by} already has ${field} ${value}` }],
  });
}

/** A stored record with its keys, as an update or delete is based on it. */
export async function loadBase(tx: TTx, table: TTable, recordId: string) {
  const row = await tx.dataRecord.findUnique({ where: { tableId_id: { tableId: table.id, id: recordId } } });
  if (!row) throw notFound(`record "${recordId}" of ${table.name}`);
  const data = JSON.parse(row.data) as Record<string, unknown>;
  return { row, data, base: { version: row.version, ...recordKeys(table, data) } };
}
