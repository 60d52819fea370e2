import {
  ASSERTION_OPS,
  OPS_WITH_VALUE,
  RECORD_OPS,
  type TAssertionOp,
  type TTestCaseInput,
} from "@/lib/test-cases/schema";

/** The case form's fields as text, as a person types them. */
export type TCaseForm = {
  name: string;
  method: string;
  sign: boolean;
  /** One `name: value` per line. */
  headers: string;
  /** `a=1&b=2`. */
  query: string;
  body: string;
  status: string;
  assertions: { expression: string; op: TAssertionOp; value: string }[];
  ran: string;
  notRan: string;
  records: { table: string; op: (typeof RECORD_OPS)[number]; count: string }[];
};

export { ASSERTION_OPS, OPS_WITH_VALUE, RECORD_OPS };

const list = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** A value typed in the form: JSON when it parses (`true`, `2000`, `"x"`), else the text itself. */
function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function formFromCase(t: TTestCaseInput): TCaseForm {
  const r = t.request ?? {};
  const e = t.expect ?? {};
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(r.query ?? {})) for (const item of [v].flat()) query.append(k, item);
  return {
    name: t.name,
    method: r.method ?? "POST",
    sign: r.sign ?? false,
    headers: Object.entries(r.headers ?? {})
      .map(([k, v]) => `${k}: ${v}`)
      .join("\n"),
    query: query.toString(),
    body: r.body ?? "",
    status: e.status == null ? "" : String(e.status),
    assertions: (e.assertions ?? []).map((a) => ({
      expression: a.expression,
      op: a.op ?? "isTrue",
      value: a.value === undefined ? "" : JSON.stringify(a.value),
    })),
    ran: (e.ran ?? []).join(", "),
    notRan: (e.notRan ?? []).join(", "),
    records: (e.records ?? []).map((x) => ({ table: x.table, op: x.op ?? "insert", count: String(x.count) })),
  };
}

export function caseFromForm(f: TCaseForm): TTestCaseInput {
  const headers: Record<string, string> = {};
  for (const line of f.headers.split("\n")) {
    const at = line.indexOf(":");
    if (at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  const query: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(f.query.trim().replace(/^\?/, ""))) {
    const before = query[k];
    query[k] = before === undefined ? v : [before, v].flat();
  }
  return {
    name: f.name,
    request: { method: f.method || "POST", headers, query, body: f.body, sign: f.sign },
    expect: {
      status: f.status.trim() === "" ? null : Number(f.status),
      assertions: f.assertions
        .filter((a) => a.expression.trim())
        .map((a) => ({
          expression: a.expression,
          op: a.op,
          ...(OPS_WITH_VALUE.has(a.op) ? { value: parseValue(a.value) } : {}),
        })),
      ran: list(f.ran),
      notRan: list(f.notRan),
      records: f.records
        .filter((r) => r.table.trim())
        .map((r) => ({ table: r.table.trim(), op: r.op, count: Number(r.count || 0) })),
    },
  };
}
