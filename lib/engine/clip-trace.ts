import type { TStoredStep, TStoredTrace } from "./stored-trace";

/** The JSON text of `value`, or undefined when it cannot be one string (V8's string length limit). */
function json(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

const marker = (size: number | undefined, max: number) =>
  `[clipped: ${size === undefined ? "too large to store" : `${size} characters`}; the history keeps at most ${max} per value]`;

/**
 * The stored trace as JSON, at most about `maxChars` long. Only a trace over the limit pays for clipping: each
 * input or output over a share of the limit is replaced by a marker that says so, and steps past the limit are
 * dropped behind one marker step. A run that builds huge values thus never stores (or later serves) them.
 */
export function storedTraceJson(stored: TStoredTrace, maxChars: number): string {
  const whole = json(stored);
  if (whole !== undefined && whole.length <= maxChars) return whole;
  const valueMax = Math.max(256, Math.floor(maxChars / 16));
  const clipValue = (value: unknown) => {
    const text = json(value);
    return text === undefined || text.length > valueMax ? marker(text?.length, valueMax) : value;
  };
  const steps: TStoredStep[] = [];
  let total = 100;
  for (const [index, step] of stored.steps.entries()) {
    const kept: TStoredStep = { ...step };
    if (step.i !== undefined) kept.i = clipValue(step.i) as Record<string, unknown>;
    if (step.o !== undefined) kept.o = clipValue(step.o);
    total += (json(kept)?.length ?? 0) + 1;
    if (total > maxChars) {
      const left = stored.steps.length - index;
      steps.push({
        n: "(trace clipped)",
        s: "skipped",
        t: step.t,
        d: 0,
        e: `${left} more step(s) not kept: the history keeps at most ${maxChars} characters of trace per request`,
      });
      break;
    }
    steps.push(kept);
  }
  return JSON.stringify({ ...stored, steps });
}
