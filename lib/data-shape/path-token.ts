import { describeShape, fieldsOf, shapeAt, type TPathStep, type TShape } from "./infer-shape";

/** A name JSONata reads as one path step without backticks. */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A field name as a path step: backticked when JSONata would read it otherwise (`x-github-event`, `2fa`). */
export function pathStepText(name: string): string {
  return PLAIN_NAME.test(name) ? name : `\`${name.replaceAll("`", "")}\``;
}

/**
 * The `$name.path` being typed just before the caret, if any: plain and backticked steps, list indexes, and a
 * last step that may hold a `-` (`$request.headers.x-gi`, which a completion then backticks) or an open backtick.
 */
const TOKEN = /\$[A-Za-z0-9_]*(?:\.(?:`[^`]*`|[A-Za-z0-9_]+)|\[\d+\])*(?:\.(?:`[^`]*|[A-Za-z0-9_-]*))?$/;

export function tokenAt(text: string, caret: number): { start: number; token: string } | undefined {
  const match = TOKEN.exec(text.slice(0, caret));
  return match ? { start: match.index, token: match[0] } : undefined;
}

export type TPathToken = {
  /** The variable, without `$`. */
  variable: string;
  steps: TPathStep[];
  /** The text of the step being typed after the last `.`, backtick removed; undefined when no `.` ends the path. */
  partial?: string;
  /** The token up to the step being typed, including its `.`. */
  prefix: string;
};

/** Splits a token into its variable, the steps already written and the one being typed. */
export function parsePathToken(token: string): TPathToken | undefined {
  const head = /^\$([A-Za-z0-9_]*)/.exec(token);
  if (!head) return undefined;
  const steps: TPathStep[] = [];
  let rest = token.slice(head[0].length);
  let consumed = head[0].length;
  const step = /^(?:\.`([^`]*)`|\.([A-Za-z0-9_]+)(?=[.[]|$)|\[(\d+)\])/;
  for (;;) {
    const m = step.exec(rest);
    if (!m) break;
    // A plain last step with nothing after it is the one being typed.
    if (m[2] !== undefined && m[0].length === rest.length) break;
    if (m[1] !== undefined) steps.push({ field: m[1] });
    else if (m[2] !== undefined) steps.push({ field: m[2] });
    else steps.push({ index: Number(m[3]) });
    rest = rest.slice(m[0].length);
    consumed += m[0].length;
  }
  if (rest === "") return { variable: head[1]!, steps, prefix: token };
  const last = /^\.`?([^`]*)$/.exec(rest);
  if (!last) return undefined;
  return { variable: head[1]!, steps, partial: last[1]!, prefix: token.slice(0, consumed + 1) };
}

/** `insert` replaces the token; `label` is the field as the list shows it (the path before it is already typed). */
export type TFieldCompletion = { insert: string; label: string; detail: string };

/**
 * Fields that complete a `$variable.path.` token from the shapes seen in a run: at any depth, through lists
 * (`$input.commits[0].author.`), names backticked where JSONata needs it. Empty when the shape is unknown.
 */
export function completeField(token: string, shapes: Readonly<Record<string, TShape>>): TFieldCompletion[] {
  const parsed = parsePathToken(token);
  if (!parsed || parsed.partial === undefined || !Object.hasOwn(shapes, parsed.variable)) return [];
  const base = shapeAt(shapes[parsed.variable]!, parsed.steps);
  if (!base) return [];
  const lower = parsed.partial.toLowerCase();
  return fieldsOf(base)
    .filter(([name]) => name.toLowerCase().startsWith(lower) && name !== parsed.partial)
    .map(([name, shape]) => ({
      insert: parsed.prefix + pathStepText(name),
      label: pathStepText(name),
      detail: describeShape(shape),
    }));
}
