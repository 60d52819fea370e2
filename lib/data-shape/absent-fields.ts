import { parseExpression } from "@/lib/expressions/syntax";
import { shapeAt, type TPathStep, type TShape } from "./infer-shape";
import { pathStepText } from "./path-token";

const COMPARISONS = new Set(["=", "!=", "<", "<=", ">", ">=", "in"]);

type TAstNode = {
  type?: string;
  value?: unknown;
  steps?: TAstNode[];
  stages?: TAstNode[];
  expr?: TAstNode;
  [key: string]: unknown;
};

/** `$var.a.b[0].c` as a variable and steps; undefined for anything else (functions, filters by condition, ...). */
function variablePath(node: TAstNode | undefined): { variable: string; steps: TPathStep[]; text: string } | undefined {
  if (node?.type !== "path" || !node.steps?.length) return undefined;
  const [head, ...rest] = node.steps;
  if (head?.type !== "variable" || typeof head.value !== "string" || head.value === "") return undefined;
  const steps: TPathStep[] = [];
  let text = `$${head.value}`;
  for (const s of rest) {
    if (s.type !== "name" || typeof s.value !== "string") return undefined;
    steps.push({ field: s.value });
    text += `.${pathStepText(s.value)}`;
    for (const stage of s.stages ?? []) {
      if (stage.type !== "filter" || stage.expr?.type !== "number") return undefined;
      steps.push({ index: Number(stage.expr.value) });
      text += `[${String(stage.expr.value)}]`;
    }
  }
  return steps.length ? { variable: head.value, steps, text } : undefined;
}

function comparisons(node: unknown, found: TAstNode[] = []): TAstNode[] {
  if (!node || typeof node !== "object") return found;
  if (Array.isArray(node)) {
    for (const item of node) comparisons(item, found);
    return found;
  }
  const n = node as TAstNode;
  if (n.type === "binary" && typeof n.value === "string" && COMPARISONS.has(n.value)) found.push(n);
  for (const [key, value] of Object.entries(n)) if (key !== "position") comparisons(value, found);
  return found;
}

/**
 * Comparisons that read a field the last run did not have: `$request.headers.x_event = "push"` when no such header
 * came. Such a comparison is false (or, with `!=`, true) whatever the value says, which is rarely the point. Only
 * variables whose shape the run gave are judged; a field of mixed values is given the benefit of the doubt.
 */
export function absentComparedFields(source: string, shapes: Readonly<Record<string, TShape>>): string[] {
  let ast: unknown;
  try {
    ast = parseExpression(source).ast();
  } catch {
    return [];
  }
  const absent = new Set<string>();
  for (const cmp of comparisons(ast)) {
    for (const side of [cmp.lhs, cmp.rhs] as (TAstNode | undefined)[]) {
      const path = variablePath(side);
      if (!path || !Object.hasOwn(shapes, path.variable)) continue;
      if (shapeAt(shapes[path.variable]!, path.steps) === undefined) absent.add(path.text);
    }
  }
  return [...absent];
}
