import type { IncomingMessage, ServerResponse } from "node:http";
import { effectiveLimits, effectiveMaxBodyBytes, parseSettings } from "@/lib/endpoints/settings";
import { executeRun } from "@/lib/runs/execute-run";
import { serializeResponse, type TWireResponse } from "@/lib/runs/serialize-response";
import { newId } from "@/lib/ids";
import { readBody } from "./read-body";
import { requestInfo } from "./request-info";
import type { THookRuntime } from "./runtime";
import type { TEndpointHead } from "./store/types";

const ENDPOINT_PATH = /^\/hooks\/([A-Za-z0-9_-]{1,64})\/?$/;

function send(res: ServerResponse, wire: TWireResponse) {
  res.writeHead(wire.status, { ...wire.headers, "content-length": Buffer.byteLength(wire.body) });
  res.end(wire.body);
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  serializeResponse({ status, headers, body });

/** Keeps a request the stack never ran (wrong method, too large) in the history, with the answer it got. */
async function logRejected(runtime: THookRuntime, head: TEndpointHead, req: IncomingMessage, wire: TWireResponse, bodySize: number) {
  const received = Date.now();
  const info = requestInfo(req, runtime.config, "", new Date(received));
  await runtime.store.insertLog({
    id: newId("req"),
    endpointId: head.id,
    versionId: head.publishedVersionId,
    source: "live",
    method: info.method,
    path: info.path,
    query: JSON.stringify(info.query),
    headers: "{}",
    ip: info.ip,
    body: "",
    bodySize,
    bodyTruncated: bodySize > 0,
    receivedAt: received,
    status: wire.status,
    responseHeaders: JSON.stringify(wire.headers),
    responseBody: wire.body,
    trace: "[]",
    durationMs: 0,
    error: JSON.stringify({ message: JSON.parse(wire.body).error }),
  });
}

/** The public URL: `POST /hooks/{endpointId}` runs the endpoint's published version. */
export async function handleHook(runtime: THookRuntime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const receivedAt = new Date();
  const match = ENDPOINT_PATH.exec(new URL(req.url ?? "/", "http://x").pathname);
  const head = match ? await runtime.store.endpointHead(match[1]!) : undefined;
  if (!head || !head.enabled || !head.publishedVersionId) {
    req.resume();
    return send(res, json(404, { error: "no live endpoint at this URL" }));
  }
  if (req.method !== "POST") {
    req.resume();
    const wire = json(405, { error: `method ${req.method} is not allowed; send POST` }, { allow: "POST" });
    await logRejected(runtime, head, req, wire, 0);
    return send(res, wire);
  }
  const settings = parseSettings(head.settings);
  const limit = effectiveMaxBodyBytes(settings, runtime.config);
  const read = await readBody(req, limit);
  if (!read.ok) {
    const wire = json(413, { error: `the request body is larger than the ${limit}-byte limit` });
    await logRejected(runtime, head, req, wire, read.receivedBytes);
    res.setHeader("connection", "close");
    return send(res, wire);
  }
  const limits = effectiveLimits(settings, runtime.config);
  const plan = await runtime.plans.get(runtime.store, head.publishedVersionId, limits.expression);
  if (!plan) return send(res, json(404, { error: "no live endpoint at this URL" }));
  const { wire } = await executeRun({
    runtime,
    workspaceId: head.workspaceId,
    workspaceRevision: head.workspaceRevision,
    endpointId: head.id,
    versionId: head.publishedVersionId,
    plan,
    request: requestInfo(req, runtime.config, read.body.toString("utf8"), receivedAt),
    limits,
    source: "live",
  });
  send(res, wire);
}
