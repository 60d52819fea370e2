import { LIMIT_DEFAULTS } from "@/lib/limits";
import type { TFieldType, TTable } from "@/lib/table-schema/field-types";
import { indexValue, uniqueValue } from "./index-key";
import type { TRecordQuery } from "./types";
import { fieldType, type TCondition, type TWhere } from "./where";

export type TDialect = "sqlite" | "postgres";

/**
 * A records query in either database's SQL: the same filters and order as lib/records/match.ts. Field names are
 * checked against the table before they reach here and are written into the SQL; every value is a parameter.
 * A condition on an indexed (or, for equality, a unique) field also seeks that index, so the database reads only
 * the records it names; the full condition is still checked on each (index entries keep text prefixes only).
 */
/**
 * Rows one read may return: a page and the one more that says another follows, plus, when the run changed records
 * of the table, the rows before the page (lib/records/session.ts reads from 0 to merge its own changes in order).
 */
export const MAX_QUERY_ROWS = LIMIT_DEFAULTS.queryRecordsOffset + LIMIT_DEFAULTS.queryRecordsLimit + 1;

/** Refuses a read past the caps, whoever asks (a node on this thread, or an isolated run's worker). */
function checkBounds(q: TRecordQuery) {
  if (!Number.isInteger(q.limit) || q.limit < 1 || q.limit > MAX_QUERY_ROWS)
    throw new Error(`a records query reads 1 to ${MAX_QUERY_ROWS} rows, not ${q.limit}`);
  if (!Number.isInteger(q.offset) || q.offset < 0 || q.offset > LIMIT_DEFAULTS.queryRecordsOffset) {
    throw new Error(`a records query skips 0 to ${LIMIT_DEFAULTS.queryRecordsOffset} rows, not ${q.offset}`);
  }
}

export function recordsQuerySql(dialect: TDialect, q: TRecordQuery): { sql: string; params: unknown[] } {
  checkBounds(q);
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(dialect === "sqlite" && typeof v === "boolean" ? Number(v) : v);
    return dialect === "sqlite" ? "?" : `$${params.length}`;
  };
  const col = (field: string, type: TFieldType) => fieldSql(dialect, field, type);
  const val = (field: string, v: unknown) => (field === "createdAt" && v !== null ? Date.parse(String(v)) : v);

  const cond = (c: TCondition): string => {
    const x = col(c.field, c.type);
    switch (c.op) {
      case "is empty":
      case "is not empty": {
        const isSystem = c.field === "id" || c.field === "createdAt";
        // PostgreSQL's typed extraction would fail on "" for numbers; ->> is NULL for a missing or null value.
        const raw = dialect === "sqlite" || isSystem ? x : `(r.data::jsonb ->> '${c.field}')`;
        const jsonEmpty = dialect === "sqlite" ? "('[]', '{}')" : "('[]'::jsonb, '{}'::jsonb)";
        const also = c.type === "text" ? ` OR ${x} = ''` : c.type === "json" ? ` OR ${x} IN ${jsonEmpty}` : "";
        const isEmpty = `(${raw} IS NULL${also})`;
        return c.op === "is empty" ? isEmpty : `NOT ${isEmpty}`;
      }
      case "!=":
        return `${x} ${dialect === "sqlite" ? "IS NOT" : "IS DISTINCT FROM"} ${p(val(c.field, c.value))}`;
      case "in":
        return `${x} IN (${(c.value as unknown[]).map((v) => p(val(c.field, v))).join(", ")})`;
      case "contains":
        return dialect === "sqlite" ? `instr(${x}, ${p(c.value)}) > 0` : `strpos(${x}, ${p(c.value)}) > 0`;
      default:
        return `${x} ${c.op} ${p(val(c.field, c.value))}`;
    }
  };
  const where = (w: TWhere): string => {
    if (w.kind === "cond") return cond(w);
    if (w.items.length === 0) return "1 = 1";
    return `(${w.items.map(where).join(w.kind === "and" ? " AND " : " OR ")})`;
  };

  const seek = indexSeek(q.table, q.where);
  let from = "data_records r";
  const clauses: string[] = [];
  if (seek) {
    // The index entries drive the read; CROSS JOIN keeps SQLite from starting at data_records.
    const join = dialect === "sqlite" ? "CROSS JOIN" : "JOIN";
    from = `${seek.table} k ${join} data_records r ON r.table_id = k.table_id AND r.id = k.record_id`;
    clauses.push(`k.table_id = ${p(q.table.id)}`, `k.field = ${p(seek.field)}`, seek.where(p));
  } else {
    clauses.push(`r.table_id = ${p(q.table.id)}`);
  }
  if (q.where.kind === "cond" || q.where.items.length) clauses.push(where(q.where));
  if (q.exclude.length) clauses.push(`r.id NOT IN (${q.exclude.map((id) => p(id)).join(", ")})`);

  const sortType = fieldType(q.table, q.sort.field) ?? "text";
  const s = col(q.sort.field, sortType);
  const asc = q.sort.direction === "asc";
  if (q.after) {
    const v = val(q.sort.field, q.after.value);
    const next = asc ? ">" : "<";
    // Empty values sort first (ascending) or last (descending), as in SQLite; the id breaks ties.
    if (v === null)
      clauses.push(
        asc
          ? `((${s} IS NULL AND r.id > ${p(q.after.id)}) OR ${s} IS NOT NULL)`
          : `(${s} IS NULL AND r.id < ${p(q.after.id)})`,
      );
    else {
      const id = () => p(q.after!.id);
      // Placeholders are positional on SQLite: each use of the value binds it again.
      clauses.push(
        `(${s} ${next} ${p(v)} OR (${s} = ${p(v)} AND r.id ${next} ${id()})${asc ? "" : ` OR ${s} IS NULL`})`,
      );
    }
  }
  const dir = asc ? "ASC" : "DESC";
  const nulls = dialect === "postgres" ? (asc ? " NULLS FIRST" : " NULLS LAST") : "";
  // An equality seek reads index entries of one value, which are in record id order: sorting by id is then free.
  const byId = seek?.isIdOrdered ? "k.record_id" : "r.id";
  const order = q.sort.field === "id" ? `${byId} ${dir}` : `${s} ${dir}${nulls}, r.id ${dir}`;
  const sql =
    `SELECT r.id, r.data, r.created_at AS "createdAt", r.version FROM ${from} WHERE ${clauses.join(" AND ")} ` +
    `ORDER BY ${order} LIMIT ${p(q.limit)} OFFSET ${p(q.offset)}`;
  return { sql, params };
}

/** A field's value in SQL, typed so comparisons mean what they mean in lib/records/match.ts. */
export function fieldSql(dialect: TDialect, field: string, type: TFieldType): string {
  if (field === "id") return "r.id";
  if (field === "createdAt") return "r.created_at";
  if (dialect === "sqlite") return `json_extract(r.data, '$.${field}')`;
  const text = `(r.data::jsonb ->> '${field}')`;
  switch (type) {
    case "integer":
    case "decimal":
      return `${text}::numeric`;
    case "boolean":
      return `${text}::boolean`;
    case "json":
      return `(r.data::jsonb -> '${field}')`;
    case "text":
    case "timestamp":
      return `${text} COLLATE "C"`;
  }
}

type TSeek = { table: string; field: string; where(p: (v: unknown) => string): string; isIdOrdered?: boolean };

/**
 * The index a query can seek: the first condition of its top-level AND (or its only condition) that is on an
 * indexed field, or an equality on a unique field. OR groups read the table.
 */
function indexSeek(table: TTable, where: TWhere): TSeek | undefined {
  const conds =
    where.kind === "cond"
      ? [where]
      : where.kind === "and"
        ? where.items.filter((w): w is TCondition => w.kind === "cond")
        : [];
  for (const c of conds) {
    const field = table.fields.find((f) => f.name === c.field);
    if (!field) continue;
    if (field.indexed) {
      const key = (v: unknown) => indexValue(field, v);
      const seek = (sql: (p: (v: unknown) => string) => string): TSeek => ({
        table: "record_index_values",
        field: field.name,
        where: sql,
      });
      switch (c.op) {
        case "=":
          return { ...seek((p) => `k.value = ${p(key(c.value))}`), isIdOrdered: true };
        case "in":
          return seek((p) => `k.value IN (${(c.value as unknown[]).map((v) => p(key(v))).join(", ")})`);
        // Prefixes keep their order, so non-strict bounds on them never miss a record; the empty tag "0" is left out.
        case "<":
        case "<=":
          return seek((p) => `k.value > '0' AND k.value <= ${p(key(c.value))}`);
        case ">":
        case ">=":
          return seek((p) => `k.value >= ${p(key(c.value))}`);
        case "is empty":
          return seek((p) => (field.type === "text" ? `k.value IN ('0', ${p(key(""))})` : `k.value = '0'`));
        default:
          continue;
      }
    }
    if (field.unique && (c.op === "=" || c.op === "in")) {
      const values = c.op === "=" ? [c.value] : (c.value as unknown[]);
      return {
        table: "record_unique_values",
        field: field.name,
        where: (p) => `k.value IN (${values.map((v) => p(uniqueValue(v))).join(", ")})`,
        isIdOrdered: values.length === 1,
      };
    }
  }
  return undefined;
}
