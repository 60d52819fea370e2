import type { TExecutor } from "@/lib/engine/context";
import { decodeCursor, encodeCursor } from "@/lib/records/cursor";
import { tableOf } from "@/lib/records/find-target";
import { recordSession, recordView } from "@/lib/records/session";
import { fieldType, parseWhere } from "@/lib/records/where";
import type { ConfigOf } from "../define";
import { MAX_QUERY_OFFSET, type queryRecordsNode } from "./definition";

/** Items the trace lists by id; the stack still gets all of them. */
const TRACED_IDS = 100;

export const queryRecordsExecutor: TExecutor<ConfigOf<typeof queryRecordsNode>> = async (ctx) => {
  const { config } = ctx;
  const table = await tableOf(ctx);
  const where = parseWhere(table, await ctx.value("filters"), config.match);
  const sort = { field: config.sortBy || "id", direction: config.direction };
  if (!fieldType(table, sort.field)) throw new Error(`sort: table ${table.name} has no field "${sort.field}"`);

  const rawOffset = await ctx.value("offset");
  const offset = rawOffset === undefined || rawOffset === null ? 0 : Number(rawOffset);
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_QUERY_OFFSET) {
    throw new Error(`offset must be a whole number from 0 to ${MAX_QUERY_OFFSET}`);
  }
  const rawCursor = await ctx.value("cursor");
  if (rawCursor !== undefined && rawCursor !== null && rawCursor !== "" && typeof rawCursor !== "string")
    throw new Error("cursor must be text");
  const after = rawCursor ? decodeCursor(sort.field, rawCursor) : undefined;

  // One more than asked says whether another page follows.
  const rows = await recordSession(ctx.run).query({ table, where, sort, limit: config.limit + 1, offset, after });
  const page = rows.slice(0, config.limit);
  const nextCursor = rows.length > config.limit ? encodeCursor(sort.field, page[page.length - 1]!) : null;
  const result = { items: page.map(recordView), nextCursor };
  const ids = page.slice(0, TRACED_IDS).map((r) => r.id);
  return { output: { count: page.length, nextCursor, ids }, bind: { [config.as]: result } };
};
