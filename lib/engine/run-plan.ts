import type { TBindings } from "@/lib/expressions/compile";
import { EXECUTORS } from "@/lib/nodes/executors";
import { createNodeContext, type TNodeContext, type TNodeOutcome, type TRunState } from "./context";
import { errorMessage, LimitError, NodeHalt } from "./errors";
import type { TPlan, TPlanNode } from "./plan";
import { createRedactor, redactToJson } from "./redact";
import type { TRunServices } from "./services";
import type { THttpResponse, TRequestInfo, TRunLimits, TRunResult, TTraceEntry } from "./types";

export type TRunInput = {
  plan: TPlan;
  requestId: string;
  request: TRequestInfo;
  env: Readonly<Record<string, string>>;
  /** `Object.values(env)`, passed as one stable array when the caller has it (redaction caches by it). */
  secrets?: readonly string[];
  services: TRunServices;
  limits: TRunLimits;
  dryRun?: boolean;
  signal?: AbortSignal;
};

/** Durations to the microsecond: finer digits are noise and cost bytes in every stored trace. */
const roundMs = (ms: number) => Math.round(ms * 1000) / 1000;

const NEVER_ABORTED = new AbortController().signal;

const DEFAULT_RESPONSE: THttpResponse = { status: 200, headers: {}, body: { ok: true } };

type Walk = { respond?: THttpResponse };
type Loop = { path: number[] };

class Run {
  readonly trace: TTraceEntry[] = [];
  steps = 0;
  failure?: { nodeId?: string; message: string };

  constructor(
    readonly plan: TPlan,
    readonly state: TRunState,
  ) {}

  private checkLimits(node: TPlanNode) {
    const { limits, signal, deadline } = this.state;
    if (signal.aborted) throw new LimitError("aborted", `the run was cancelled at node "${node.id}"`, node.id);
    if (Date.now() > deadline) {
      throw new LimitError("runTimeout", `run time limit of ${limits.runTimeoutMs} ms reached at node "${node.id}"`, node.id);
    }
    if (++this.steps > limits.maxSteps) {
      throw new LimitError("maxSteps", `limit of ${limits.maxSteps} node executions per run reached at node "${node.id}"`, node.id);
    }
  }

  private record(node: TPlanNode, entry: Omit<TTraceEntry, "nodeId" | "type">, loop: Loop) {
    const full: TTraceEntry = { nodeId: node.id, type: node.type, ...entry };
    if (loop.path.length) {
      full.iteration = loop.path[loop.path.length - 1];
      if (loop.path.length > 1) full.iterationPath = [...loop.path];
    }
    this.trace.push(full);
  }

  private async execute(node: TPlanNode, scope: TBindings, loop: Loop): Promise<TNodeOutcome> {
    const input: Record<string, unknown> = {};
    const ctx = createNodeContext(node, scope, this.state, input) as TNodeContext<never>;
    const started = performance.now();
    const startedAt = new Date().toISOString();
    const executor = EXECUTORS[node.type] as (c: TNodeContext<never>) => Promise<TNodeOutcome> | TNodeOutcome;
    try {
      const outcome = await executor(ctx);
      this.record(
        node,
        {
          status: outcome.skipped ? "skipped" : "ok",
          startedAt,
          durationMs: roundMs(performance.now() - started),
          input,
          output: outcome.output,
          handle: outcome.respond ? undefined : (outcome.handle ?? (outcome.iterate ? "each" : "next")),
        },
        loop,
      );
      return outcome;
    } catch (err) {
      this.record(node, { status: "error", startedAt, durationMs: roundMs(performance.now() - started), input, error: errorMessage(err) }, loop);
      throw err;
    }
  }

  /** Follows edges from `nodeId` until a branch ends or a response node answers. */
  async walk(nodeId: string | undefined, scope: TBindings, loop: Loop): Promise<Walk> {
    let current = nodeId;
    while (current !== undefined) {
      const node = this.plan.nodes.get(current)!;
      this.checkLimits(node);
      let outcome: TNodeOutcome;
      try {
        outcome = await this.execute(node, scope, loop);
      } catch (err) {
        if (err instanceof LimitError) throw err;
        const errorTarget = node.next.error;
        if (errorTarget === undefined) throw Object.assign(err as object, { nodeId: node.id });
        scope.error = { nodeId: node.id, message: errorMessage(err) };
        current = errorTarget;
        continue;
      }
      if (outcome.bind) for (const [k, v] of Object.entries(outcome.bind)) scope[k] = v;
      if (outcome.respond) return { respond: outcome.respond };
      if (outcome.iterate) {
        const result = await this.iterate(node, outcome.iterate, scope, loop);
        if (result.respond) return result;
        current = node.next.done;
        continue;
      }
      current = node.next[outcome.handle ?? "next"];
    }
    return {};
  }

  private async iterate(node: TPlanNode, items: unknown[], scope: TBindings, loop: Loop): Promise<Walk> {
    const { maxIterations } = this.state.limits;
    if (items.length > maxIterations) {
      throw new LimitError(
        "maxIterations",
        `limit of ${maxIterations} iterations per loop reached at node "${node.id}" (the list has ${items.length} items)`,
        node.id,
      );
    }
    const itemVar = node.config.as as string;
    const indexVar = node.config.indexAs as string;
    for (let i = 0; i < items.length; i++) {
      scope[itemVar] = items[i];
      scope[indexVar] = i;
      const result = await this.walk(node.next.each, scope, { path: [...loop.path, i] });
      if (result.respond) return result;
    }
    return {};
  }
}

function failureResponse(err: unknown, requestId: string): THttpResponse {
  if (err instanceof NodeHalt) return { status: err.status, headers: { ...err.headers }, body: { error: err.message } };
  return { status: 500, headers: {}, body: { error: errorMessage(err), requestId } };
}

function traceOf(trace: TTraceEntry[], secrets: readonly string[]) {
  const { json, value } = redactToJson(trace, secrets);
  return { trace: value, traceJson: json };
}

/** Runs a compiled plan for one request. Never throws: failures become the response and `error`. */
export async function runPlan(input: TRunInput): Promise<TRunResult> {
  const started = performance.now();
  const state: TRunState = {
    requestId: input.requestId,
    request: input.request,
    env: input.env,
    services: input.services,
    limits: input.limits,
    dryRun: input.dryRun ?? false,
    signal: input.signal ?? NEVER_ABORTED,
    deadline: Date.now() + input.limits.runTimeoutMs,
    records: [],
    now: () => Date.now(),
  };
  // Variables live in a prototype-free object: a variable named like an Object method cannot shadow or pollute.
  const scope: TBindings = Object.create(null);
  scope.request = input.request;
  scope.env = input.env;
  const run = new Run(input.plan, state);
  const secrets = input.secrets ?? Object.values(input.env);
  let response = DEFAULT_RESPONSE;
  let error: TRunResult["error"];
  try {
    response = (await run.walk(input.plan.startId, scope, { path: [] })).respond ?? DEFAULT_RESPONSE;
  } catch (err) {
    const nodeId = (err as { nodeId?: string }).nodeId;
    error = { nodeId, message: createRedactor(secrets)(errorMessage(err)) as string };
    response = failureResponse(err, input.requestId);
  }
  const failed = error !== undefined;
  return {
    response: failed ? (createRedactor(secrets)(response) as THttpResponse) : response,
    ...traceOf(run.trace, secrets),
    error,
    // A run that ends in an error writes nothing.
    records: failed ? [] : state.records,
    durationMs: performance.now() - started,
  };
}
