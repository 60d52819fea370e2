import { isUtf8 } from "node:buffer";
import type { IncomingMessage, ServerResponse } from "node:http";
import { resolveSettings, type TEndpointSettings } from "@/lib/settings/endpoint-settings";
import { enqueueRequest } from "@/lib/queue/enqueue-request";
import { answerColumns, executeRun, requestLogRow } from "@/lib/runs/execute-run";
import { serializeResponse, type TWireResponse } from "@/lib/runs/serialize-response";
import { newId } from "@/lib/ids";
import { readBody } from "./read-body";
import { requestInfo } from "./request-info";
import type { TRuntime } from "@/lib/runtime/runtime";
import type { TEndpointHead } from "@/lib/run-store/types";

const ENDPOINT_PATH = /^\/hooks\/([A-Za-z0-9_-]{1,64})\/?$/;

function send(res: ServerResponse, wire: TWireResponse) {
  res.writeHead(wire.status, { ...wire.headers, "content-length": Buffer.byteLength(wire.body) });
  res.end(wire.body);
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  serializeResponse({ status, headers, body });

/**
 * Answers a request the stack never ran (wrong method, too large, rate limited) with `{ error: message }`, and
 * keeps it in the history with that answer.
 */
async function reject(
  o: { runtime: TRuntime; head: TEndpointHead; req: IncomingMessage; res: ServerResponse },
  status: number,
  message: string,
  headers: Record<string, string> = {},
  bodySize = 0,
) {
  const { runtime, head, req } = o;
  req.resume();
  const wire = json(status, { error: message }, headers);
  const info = requestInfo(req, runtime.config, "", new Date());
  await runtime.store.insertLog({
    ...requestLogRow({
      id: newId("req"),
      endpointId: head.id,
      workspaceId: head.workspaceId,
      versionId: head.publishedVersionId,
      source: "live",
      request: info,
      historyBytes: 0,
      secrets: [],
    }),
    ...answerColumns(wire),
    bodySize,
    bodyTruncated: bodySize > 0,
    error: JSON.stringify({ message }),
    state: "failed",
    attempts: 0,
  });
  send(o.res, wire);
}

function allowed(settings: TEndpointSettings): readonly string[] {
  return settings.allowedMethods ?? ["POST"];
}

/** The public URL: `POST /hooks/{endpointId}` runs the endpoint's published version (or queues it). */
export async function handleHook(runtime: TRuntime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const receivedAt = new Date();
  const url = req.url ?? "/";
  const query = url.indexOf("?");
  const match = ENDPOINT_PATH.exec(query < 0 ? url : url.slice(0, query));
  const head = match ? await runtime.store.endpointHead(match[1]!) : undefined;
  if (!head || !head.enabled || !head.publishedVersionId) {
    req.resume();
    return send(res, json(404, { error: "no live endpoint at this URL" }));
  }
  const { settings, limits, maxBodyBytes: limit } = resolveSettings(head.settings, runtime.config);
  const methods = allowed(settings);
  if (!methods.includes(req.method ?? "")) {
    return reject(
      { runtime, head, req, res },
      405,
      `method ${req.method} is not allowed; send ${methods.join(" or ")}`,
      { allow: methods.join(", ") },
    );
  }
  if (settings.rateLimit) {
    const taken = runtime.rateLimiter.take(head.id, settings.rateLimit.limit, settings.rateLimit.windowSeconds);
    // In memory (SQLite) the answer is immediate: no await, no extra tick on the hot path.
    const wait = typeof taken === "number" ? taken : await taken;
    if (wait > 0) {
      const message = `rate limit of ${settings.rateLimit.limit} requests per ${settings.rateLimit.windowSeconds} s reached`;
      return reject({ runtime, head, req, res }, 429, message, { "retry-after": String(wait) });
    }
  }
  const read = await readBody(req, limit);
  if (!read.ok) {
    res.setHeader("connection", "close");
    return reject(
      { runtime, head, req, res },
      413,
      `the request body is larger than the ${limit}-byte limit`,
      {},
      read.receivedBytes,
    );
  }
  const text = read.body.toString("utf8");
  const request = requestInfo(req, runtime.config, text, receivedAt);
  // Signatures are checked on the exact bytes: kept apart only when the text does not hold them (not UTF-8).
  const rawBody = isUtf8(read.body) ? undefined : read.body;
  if (settings.mode === "background") {
    const workspace = await runtime.workspaces.get(runtime.store, head.workspaceId, head.workspaceRevision);
    return send(res, await enqueueRequest({ runtime, head, settings, request, rawBody, secrets: workspace.secrets }));
  }
  const plan = await runtime.plans.get(runtime.store, head.publishedVersionId, limits.expression);
  if (!plan) return send(res, json(404, { error: "no live endpoint at this URL" }));
  const { wire } = await executeRun({
    runtime,
    workspaceId: head.workspaceId,
    workspaceRevision: head.workspaceRevision,
    endpointId: head.id,
    versionId: head.publishedVersionId,
    plan,
    request,
    rawBody,
    limits,
    source: "live",
  });
  send(res, wire);
}
