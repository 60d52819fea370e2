import type { TShape } from "@/lib/data-shape/infer-shape";
import { completeField, parsePathToken } from "@/lib/data-shape/path-token";
import { EXPRESSION_FUNCTION_DOCS } from "@/lib/expressions/function-docs";
import type { TScopeVariable } from "@/lib/graph/variables-in-scope";

export { tokenAt } from "@/lib/data-shape/path-token";

export type TSuggestion = {
  /** The text that replaces the token being typed. */
  insert: string;
  /** What the list shows, when shorter than `insert` (a field: the path before it is already typed). */
  label?: string;
  detail: string;
  kind: "variable" | "loop" | "env" | "error" | "field" | "function";
  /** Where the caret goes, counted from the start of `insert` (inside a function's parentheses). */
  caret?: number;
};

/** Fields of the built-in variables, per the contract. */
const CHILDREN: Record<string, [string, string][]> = {
  $request: [
    ["method", "HTTP method, e.g. POST"],
    ["path", "the request path"],
    ["query", "query parameters as an object"],
    ["headers", "headers, lower-case names"],
    ["ip", "the caller's address"],
    ["receivedAt", "when the request arrived (ISO time)"],
    ["body", "the exact raw body, as text"],
  ],
  $error: [
    ["nodeId", "the node that failed"],
    ["message", "what went wrong"],
  ],
};

/** JSONata's own functions people reach for most; the library's functions come from their docs. */
const JSONATA_FUNCTIONS: [string, string][] = [
  ["string", "converts a value to text"],
  ["number", "converts text to a number"],
  ["boolean", "converts a value to true/false"],
  ["exists", "true when the value is present"],
  ["count", "number of items in a list"],
  ["sum", "adds up a list of numbers"],
  ["round", "rounds a number"],
  ["lowercase", "text in lower case"],
  ["uppercase", "text in upper case"],
  ["contains", "true when text contains a string or pattern"],
  ["substring", "part of a text"],
  ["join", "joins a list of texts"],
  ["split", "splits text into a list"],
  ["replace", "replaces part of a text"],
  ["keys", "the keys of an object"],
  ["merge", "merges objects"],
  ["map", "applies a function to each item"],
  ["filter", "keeps the items a function accepts"],
  ["now", "the current time (ISO)"],
  ["millis", "the current time in milliseconds"],
];

const FUNCTIONS: TSuggestion[] = [
  ...EXPRESSION_FUNCTION_DOCS.map((d) => ({ name: d.name, detail: d.description })),
  ...JSONATA_FUNCTIONS.map(([name, detail]) => ({ name, detail })),
].map(({ name, detail }) => ({ insert: `$${name}()`, detail, kind: "function" as const, caret: name.length + 2 }));

const KIND: Record<TScopeVariable["kind"], TSuggestion["kind"]> = {
  request: "variable",
  stored: "variable",
  loop: "loop",
  env: "env",
  error: "error",
};

/**
 * What completes `token`, in scope order: variables, their fields once a `.` is typed (at any depth, from the
 * shapes a run or the test request gave, else the built-in fields of `$request` and `$error`), then functions.
 */
export function suggestionsFor(
  token: string,
  variables: readonly TScopeVariable[],
  shapes: Readonly<Record<string, TShape>> = {},
  limit = 50,
): TSuggestion[] {
  const parsed = parsePathToken(token);
  const inScope = parsed && variables.some((v) => v.expression === `$${parsed.variable}`);
  if (parsed?.partial !== undefined && inScope && Object.hasOwn(shapes, parsed.variable)) {
    return completeField(token, shapes)
      .slice(0, limit)
      .map((c) => ({ insert: c.insert, label: c.label, detail: c.detail, kind: "field" as const }));
  }
  const all: TSuggestion[] = [];
  for (const v of variables) {
    all.push({ insert: v.expression, detail: v.description, kind: KIND[v.kind] });
    for (const [field, detail] of CHILDREN[v.expression] ?? []) {
      all.push({ insert: `${v.expression}.${field}`, detail, kind: "field" });
    }
  }
  all.push(...FUNCTIONS);
  const lower = token.toLowerCase();
  const wantsField = token.includes(".");
  return all
    .filter((s) => s.insert.toLowerCase().startsWith(lower) && s.insert !== token)
    .filter((s) => wantsField || s.kind !== "field")
    .filter((s) => !wantsField || s.kind !== "function")
    .slice(0, limit);
}

/** The text and caret after accepting a suggestion for the token at `start`. */
export function applySuggestion(
  text: string,
  caret: number,
  start: number,
  s: TSuggestion,
): { text: string; caret: number } {
  const next = text.slice(0, start) + s.insert + text.slice(caret);
  return { text: next, caret: start + (s.caret ?? s.insert.length) };
}

/**
 * A field's placeholder written with the variables this node can read: the catalog's examples read the body as
 * `$input` (Get raw input's default name); here it becomes the name this stack stores its body under, or
 * `$request.query` when nothing upstream stores anything.
 */
export function scopedPlaceholder(
  placeholder: string | undefined,
  variables: readonly TScopeVariable[],
): string | undefined {
  if (!placeholder?.includes("$input")) return placeholder;
  if (variables.some((v) => v.expression === "$input")) return placeholder;
  const stored = variables.find((v) => v.kind === "stored");
  return placeholder.replace(/\$input\b/g, stored?.expression ?? "$request.query");
}
