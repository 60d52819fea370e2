import { fieldValue } from "./match";
import type { TCursor, TStoredRecord } from "./types";

/** Opaque to the stack: the sort field, the last item's value in it and its id, as base64url JSON. */
export function encodeCursor(sortField: string, record: TStoredRecord): string {
  return Buffer.from(JSON.stringify([sortField, fieldValue(record, sortField), record.id])).toString("base64url");
}

export function decodeCursor(sortField: string, cursor: string): TCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[2] !== "string") {
    throw new Error("cursor is not one this node gave out (pass the nextCursor of a previous page)");
  }
  if (parsed[0] !== sortField)
    throw new Error(`cursor was made for a read sorted by "${parsed[0]}", not "${sortField}"`);
  return { value: parsed[1], id: parsed[2] };
}
