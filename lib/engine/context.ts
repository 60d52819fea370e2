import type { TBindings } from "@/lib/expressions/compile";
import type { TPlanNode } from "./plan";
import { REDACTED } from "./redact";
import type { TRunServices } from "./services";
import type { TBodyEncoding } from "./stored-trace";
import type { TPendingEvent } from "./events";
import type { THttpResponse, TPendingRecord, TRequestInfo, TRunLimits } from "./types";

/** State shared by every node of one run. */
export type TRunState = {
  requestId: string;
  request: TRequestInfo;
  /** The body's exact bytes when they are not valid UTF-8; signatures are checked on these. */
  rawBody?: Buffer;
  env: Readonly<Record<string, string>>;
  services: TRunServices;
  limits: TRunLimits;
  dryRun: boolean;
  signal: AbortSignal;
  deadline: number;
  records: TPendingRecord[];
  /** Outbound-webhook events (lib/engine/events.ts), committed with the records. */
  events: TPendingEvent[];
  now(): number;
};

export type TNodeContext<C> = {
  nodeId: string;
  config: C;
  scope: Readonly<TBindings>;
  run: TRunState;
  /** Evaluates an expression field (or its default); `undefined` when the field is empty. */
  value(field: keyof C & string): Promise<unknown>;
  /** Evaluates every entry of an expression-map field. */
  values(field: keyof C & string): Promise<Record<string, unknown>>;
};

export type TNodeOutcome = {
  /** The output handle to continue on; `next` when omitted. */
  handle?: string;
  /** What the trace shows as the node's result. */
  output?: unknown;
  /** `output` is the request body read with this encoding: the stored trace refers to the body, not a copy. */
  outputFromBody?: TBodyEncoding;
  /** Variables the node stores. */
  bind?: Record<string, unknown>;
  /** Ends the run with this answer. */
  respond?: THttpResponse;
  /** Runs the `each` handle once per item, then continues on `done`. */
  iterate?: unknown[];
  /** The node did not do its work (a dry run): traced as `skipped`, with `output` saying what it would have done. */
  skipped?: boolean;
};

export type TExecutor<C> = (ctx: TNodeContext<C>) => Promise<TNodeOutcome> | TNodeOutcome;

export function createNodeContext<C>(
  node: TPlanNode,
  scope: TBindings,
  run: TRunState,
  input: Record<string, unknown>,
): TNodeContext<C> {
  return {
    nodeId: node.id,
    config: node.config as C,
    scope,
    run,
    async value(field) {
      const expr = node.expressions[field];
      const result = expr ? await expr.evaluate(scope) : undefined;
      input[field] = node.def.fields[field]?.ui.kind === "secret" ? REDACTED : result;
      return result;
    },
    async values(field) {
      const out: Record<string, unknown> = {};
      // Keys were checked against prototype names when the graph was validated (lib/nodes/fields.ts).
      for (const [key, expr] of Object.entries(node.expressionMaps[field] ?? {})) out[key] = await expr.evaluate(scope);
      input[field] = out;
      return out;
    },
  };
}
