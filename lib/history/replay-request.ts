import { z } from "zod";
import { DomainError, notFound } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { buildTestRequest } from "@/lib/endpoints/build-test-request";
import { findEndpointRow, type TEndpointRow } from "@/lib/endpoints/endpoint-view";
import { effectiveLimits, parseSettings } from "@/lib/settings/endpoint-settings";
import { ZGraphBody } from "@/lib/endpoints/schemas";
import { testEndpointRow, type TTestRun } from "@/lib/endpoints/test-endpoint";
import { runForAnswer } from "@/lib/endpoints/run-for-answer";
import { ZGraph } from "@/lib/graph/schema";
import { getRuntime } from "@/lib/runtime/runtime";
import { findRequestView } from "./get-request";
import { storedRequest, type TStoredRequest } from "./stored-request";
import type { TFailedCheck, TReplayInfo } from "./run-outcome";

export const ZReplayBody = z.object({
  /** `draft`: run it on the current draft (or `graph`), like the test panel; `live`: run the published version. */
  target: z.enum(["draft", "live"], { error: "target must be draft or live" }),
  dryRun: z.boolean({ error: "dryRun must be true or false" }).default(false),
  /** Draft only: run this unsaved graph instead of the saved draft. */
  graph: ZGraphBody.optional(),
  /** Sign the request again with the endpoint's secret: the history keeps signature headers redacted. */
  resign: z.boolean({ error: "resign must be true or false" }).default(false),
});

export type TReplayBody = z.infer<typeof ZReplayBody>;

export type ReplayRequestOptions = TReplayBody & {
  workspaceId: string;
  id: string;
  requestId: string;
  origin: string;
  ip: string;
};

export type TReplayRun = TTestRun & {
  target: "draft" | "live";
  replayOf: string;
  version: number | null;
  redactedHeaders: string[];
  /** The original failed this signature or token check (a re-signed replay passes it only because it was re-signed). */
  originalFailed: TFailedCheck | null;
  resigned: boolean;
};

/** Marks the replay's history row as such: which request, whether re-signed, what the original failed. */
async function recordReplay(requestId: string, info: TReplayInfo) {
  await getDb().requestLog.updateMany({ where: { id: requestId }, data: { replay: JSON.stringify(info) } });
}

async function fullBody(
  endpointId: string,
  requestId: string,
  stored: TStoredRequest,
  truncated: boolean,
): Promise<string> {
  if (!truncated) return stored.body;
  // A background request keeps its whole body in its job row.
  const job = await getDb().job.findFirst({ where: { id: requestId, endpointId }, select: { request: true } });
  const body = job ? (JSON.parse(job.request) as { body?: unknown }).body : undefined;
  if (typeof body === "string") return body;
  throw new DomainError("conflict", "the history kept only the start of this request's body, so it cannot be replayed");
}

async function replayLive(
  o: ReplayRequestOptions,
  row: TEndpointRow,
  stored: TStoredRequest,
): Promise<Omit<TReplayRun, "replayOf" | "redactedHeaders" | "originalFailed" | "resigned">> {
  if (!row.publishedVersionId)
    throw new DomainError("conflict", "the endpoint has no live version yet; publish it first");
  if (!row.enabled) throw new DomainError("conflict", "the endpoint is disabled, so it has no live version to send to");
  const version = await getDb().endpointVersion.findUnique({ where: { id: row.publishedVersionId } });
  if (!version) throw notFound(`the live version of endpoint "${o.id}"`);
  const runtime = getRuntime();
  const limits = effectiveLimits(parseSettings(row.settings), runtime.config);
  const plan = await runtime.plans.get(runtime.store, version.id, limits.expression);
  if (!plan) throw notFound(`the live version of endpoint "${o.id}"`);
  const request = buildTestRequest({
    ...stored,
    endpointId: row.id,
    origin: o.origin,
    ip: o.ip,
    receivedAt: new Date(),
  });
  const run = await runForAnswer({
    runtime,
    workspaceId: o.workspaceId,
    endpointId: row.id,
    versionId: version.id,
    graph: ZGraph.parse(JSON.parse(version.graph)),
    plan,
    request,
    limits,
    source: "replay",
    dryRun: o.dryRun,
    resign: o.resign,
  });
  return {
    ...run,
    target: "live",
    version: version.version,
  };
}

/**
 * Runs a request from the history again, kept in the history as a `replay`: on the draft (what the test panel
 * shows) or on the live version (as if the provider had sent it again; side effects are real unless `dryRun`).
 */
export async function replayRequest(o: ReplayRequestOptions): Promise<TReplayRun> {
  const db = getDb();
  const endpoint = await findEndpointRow(db, o.workspaceId, o.id);
  const entry = await findRequestView(db, o.id, o.requestId);
  const stored = storedRequest(entry);
  stored.body = await fullBody(o.id, o.requestId, stored, entry.bodyTruncated);
  const extra = {
    replayOf: entry.id,
    redactedHeaders: stored.redactedHeaders,
    originalFailed: entry.failedCheck,
    resigned: o.resign,
  };
  const info = {
    of: entry.id,
    target: o.target,
    resigned: o.resign,
    ...(entry.failedCheck && { originalFailed: entry.failedCheck }),
  };
  if (o.target === "live") {
    const live = await replayLive(o, endpoint, stored);
    await recordReplay(live.requestId, info);
    return { ...live, ...extra };
  }
  const run = await testEndpointRow(endpoint, {
    workspaceId: o.workspaceId,
    origin: o.origin,
    ip: o.ip,
    method: stored.method,
    query: stored.query,
    headers: stored.headers,
    body: stored.body,
    graph: o.graph,
    dryRun: o.dryRun,
    source: "replay",
    resign: o.resign,
  });
  await recordReplay(run.requestId, info);
  return { ...run, target: "draft", version: null, ...extra };
}
