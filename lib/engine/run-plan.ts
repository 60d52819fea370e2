import type { TBindings } from "@/lib/expressions/compile";
import { EXECUTORS } from "@/lib/nodes/executors";
import { createNodeContext, type TNodeContext, type TNodeOutcome, type TRunState } from "./context";
import { errorMessage, LimitError, NodeHalt } from "./errors";
import type { TPlan, TPlanNode } from "./plan";
import { createRedactor, redactJsonText } from "./redact";
import type { TRunServices } from "./services";
import { storedTraceJson } from "./clip-trace";
import { bodyReferable, decodeTrace, type TBodyEncoding, type TStoredStep, type TStoredTrace } from "./stored-trace";
import type { THttpResponse, TRequestInfo, TRunLimits, TRunResult } from "./types";

export type TRunInput = {
  plan: TPlan;
  requestId: string;
  request: TRequestInfo;
  /** The body's exact bytes, when they are not valid UTF-8 (`request.body` is then their lossy decoding). */
  rawBody?: Buffer;
  env: Readonly<Record<string, string>>;
  /** `Object.values(env)`, passed as one stable array when the caller has it (redaction caches by it). */
  secrets?: readonly string[];
  services: TRunServices;
  limits: TRunLimits;
  dryRun?: boolean;
  signal?: AbortSignal;
  /** False when the history keeps only part of the body: the stored trace must then repeat what it needs of it. */
  bodyStoredWhole?: boolean;
  /** Characters of stored trace kept: larger values are replaced by a marker (lib/engine/clip-trace.ts). */
  traceChars?: number;
};

/** Durations to the microsecond: finer digits are noise and cost bytes in every stored trace. */
const roundMs = (ms: number) => Math.round(ms * 1000) / 1000;

const NEVER_ABORTED = new AbortController().signal;

const DEFAULT_RESPONSE: THttpResponse = { status: 200, headers: {}, body: { ok: true } };

type Walk = { respond?: THttpResponse };
type Loop = { path: number[] };

class Run {
  readonly steps: TStoredStep[] = [];
  // Prototype-free: node ids are user text.
  readonly types: Record<string, string> = Object.create(null);
  readonly t0 = Date.now();
  executions = 0;
  private readonly bodyRefs: Partial<Record<TBodyEncoding, boolean>> = {};

  constructor(
    readonly plan: TPlan,
    readonly state: TRunState,
    private readonly secrets: readonly string[],
    private readonly bodyStoredWhole: boolean,
  ) {}

  private checkLimits(node: TPlanNode) {
    const { limits, signal, deadline } = this.state;
    if (signal.aborted) throw new LimitError("aborted", `the run was cancelled at node "${node.id}"`, node.id);
    if (Date.now() > deadline) {
      throw new LimitError(
        "runTimeout",
        `run time limit of ${limits.runTimeoutMs} ms reached at node "${node.id}"`,
        node.id,
      );
    }
    if (++this.executions > limits.maxSteps) {
      throw new LimitError(
        "maxSteps",
        `limit of ${limits.maxSteps} node executions per run reached at node "${node.id}"`,
        node.id,
      );
    }
  }

  private bodyRef(encoding: TBodyEncoding): boolean {
    return (this.bodyRefs[encoding] ??= bodyReferable(
      encoding,
      this.state.request.body,
      this.bodyStoredWhole,
      this.secrets,
    ));
  }

  private record(node: TPlanNode, step: TStoredStep, input: Record<string, unknown>, loop: Loop) {
    if (!(node.id in this.types)) this.types[node.id] = node.type;
    for (const _ in input) {
      step.i = input;
      break;
    }
    if (loop.path.length) {
      step.it = loop.path[loop.path.length - 1];
      if (loop.path.length > 1) step.ip = [...loop.path];
    }
    this.steps.push(step);
  }

  private async execute(node: TPlanNode, scope: TBindings, loop: Loop): Promise<TNodeOutcome> {
    const input: Record<string, unknown> = {};
    const ctx = createNodeContext(node, scope, this.state, input) as TNodeContext<never>;
    const started = performance.now();
    const t = Date.now() - this.t0;
    const executor = EXECUTORS[node.type] as (c: TNodeContext<never>) => Promise<TNodeOutcome> | TNodeOutcome;
    let outcome: TNodeOutcome;
    try {
      outcome = await executor(ctx);
    } catch (err) {
      this.record(
        node,
        { n: node.id, s: "error", t, d: roundMs(performance.now() - started), e: errorMessage(err) },
        input,
        loop,
      );
      throw err;
    }
    const step: TStoredStep = { n: node.id, t, d: roundMs(performance.now() - started) };
    if (outcome.skipped) step.s = "skipped";
    if (outcome.outputFromBody && this.bodyRef(outcome.outputFromBody)) step.ob = outcome.outputFromBody;
    else if (outcome.output !== undefined) step.o = outcome.output;
    const handle = outcome.respond ? undefined : (outcome.handle ?? (outcome.iterate ? "each" : "next"));
    if (handle === undefined) step.h = null;
    else if (handle !== "next") step.h = handle;
    this.record(node, step, input, loop);
    return outcome;
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
      const { bind } = outcome;
      if (bind) for (const k of Object.keys(bind)) scope[k] = bind[k];
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
  if (err instanceof NodeHalt)
    return {
      status: err.status,
      headers: { ...err.headers },
      body: err.answer ? err.answer.body : { error: err.message },
    };
  return { status: 500, headers: {}, body: { error: errorMessage(err), requestId } };
}

/** Runs a compiled plan for one request. Never throws: failures become the response and `error`. */
export async function runPlan(input: TRunInput): Promise<TRunResult> {
  const started = performance.now();
  const state: TRunState = {
    requestId: input.requestId,
    request: input.request,
    rawBody: input.rawBody,
    env: input.env,
    services: input.services,
    limits: input.limits,
    dryRun: input.dryRun ?? false,
    signal: input.signal ?? NEVER_ABORTED,
    deadline: Date.now() + input.limits.runTimeoutMs,
    records: [],
    events: [],
    now: () => Date.now(),
  };
  // Variables live in a prototype-free object: a variable named like an Object method cannot shadow or pollute.
  const scope: TBindings = Object.create(null);
  scope.request = input.request;
  scope.env = input.env;
  const secrets = input.secrets ?? Object.values(input.env);
  const run = new Run(input.plan, state, secrets, input.bodyStoredWhole ?? true);
  let response: THttpResponse;
  let error: TRunResult["error"];
  try {
    response = (await run.walk(input.plan.startId, scope, { path: [] })).respond ?? DEFAULT_RESPONSE;
  } catch (err) {
    const nodeId = (err as { nodeId?: string }).nodeId;
    const redact = createRedactor(secrets);
    error = { nodeId, message: redact(errorMessage(err)) as string };
    response = redact(failureResponse(err, input.requestId)) as THttpResponse;
  }
  const failed = error !== undefined;
  const stored: TStoredTrace = { v: 2, t0: run.t0, types: run.types, steps: run.steps };
  const traceJson = redactJsonText(storedTraceJson(stored, input.traceChars ?? Infinity), secrets);
  // A run that ends in an error writes nothing.
  const outcome = {
    response,
    traceJson,
    error,
    records: failed ? [] : state.records,
    events: failed ? [] : state.events,
    durationMs: performance.now() - started,
  };
  return runResult(outcome, input.request.body);
}

/** A run's result from its parts, the trace decoded only when read (an isolated run's parts arrive from its worker). */
export function runResult(o: Omit<TRunResult, "trace">, body: string): TRunResult {
  const { traceJson } = o;
  return {
    ...o,
    get trace() {
      return decodeTrace(traceJson, body);
    },
  };
}
