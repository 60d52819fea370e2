import { parseExpression } from "@/lib/expressions/compile";
import { toExpressionError } from "@/lib/expressions/errors";
import type { TEvaluate } from "./evaluate";

// A suite checks the same assertions on every run: parse each text once.
const parsed = new Map<string, ReturnType<typeof parseExpression>>();
const MAX_CACHED = 1000;

/** JSONata with Hookstack's function library, the answer body as its input (server side: the library uses node:crypto). */
export const evaluateJsonata: TEvaluate = async (expression, input, bindings) => {
  let expr = parsed.get(expression);
  if (!expr) {
    expr = parseExpression(expression);
    if (parsed.size >= MAX_CACHED) parsed.clear();
    parsed.set(expression, expr);
  }
  try {
    const value = await expr.evaluate(input, bindings);
    // JSONata marks the arrays it builds as sequences; copying drops the marker so results compare plainly.
    return Array.isArray(value) ? Array.from(value) : value;
  } catch (err) {
    throw toExpressionError(err);
  }
};
