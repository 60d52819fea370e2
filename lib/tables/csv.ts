import type { TFieldType } from "@/lib/table-schema/field-types";

/** One value as a CSV cell (RFC 4180): empty for no value, JSON for json fields, quoted when it must be. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  // A leading = + - @ would be read as a formula by spreadsheets: a quote mark keeps it text.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const csvLine = (values: readonly unknown[]) => `${values.map(csvCell).join(",")}\r\n`;

/** RFC 4180 rows: quoted cells may hold commas, quotes ("") and line breaks; CRLF or LF ends a row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a byte-order mark from spreadsheets
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows.filter((r) => !(r.length === 1 && r[0] === ""));
}

/**
 * A CSV cell as a value of the field's type, for coerceRecord to check: empty is no value, numbers and booleans
 * are read from their text; text that does not read stays text, so the check names it.
 */
export function cellValue(type: TFieldType, text: string): unknown {
  if (text === "") return null;
  switch (type) {
    case "integer":
    case "decimal":
      return /^\s*-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(text) ? Number(text) : text;
    case "boolean":
      return /^(true|1|yes)$/i.test(text) ? true : /^(false|0|no)$/i.test(text) ? false : text;
    case "timestamp":
      return /^\d+$/.test(text) ? Number(text) : text;
    case "json":
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    case "text":
      // csvCell's guard against spreadsheet formulas comes off again.
      return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
  }
}
