import { z } from "zod";
import { DomainError, invalidField } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { findEndpointRow } from "@/lib/endpoints/endpoint-view";
import { logError } from "@/lib/log";
import { isIsoTime, listRequests } from "./list-requests";

export const ZListenQuery = z.object({
  /** Only requests received after this: an ISO time or a request id. Now, when omitted. */
  since: z.string().min(1).max(100).optional(),
});

export type ListenForRequestsOptions = {
  workspaceId: string;
  id: string;
  since?: string;
  /** Stops the stream (the route passes the request's signal: the browser went away). */
  signal?: AbortSignal;
  pollMs?: number;
  heartbeatMs?: number;
  /** The stream ends after this long with an `end` event; the editor offers to listen again. */
  maxMs?: number;
};

const FINAL_STATES = new Set(["succeeded", "failed"]);

/** The stream's `end` event: the endpoint was deleted, or nothing arrived for `maxMs`. */
export type TListenEnd = { reason: "deleted" | "timeout" };
const end = (reason: TListenEnd["reason"]) => sse("end", { reason } satisfies TListenEnd);

function sse(event: string, data: unknown, id?: string): string {
  return `${id ? `id: ${id}\n` : ""}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** Where listening starts: a time, or just after a request (which a reconnecting EventSource names). */
async function startPoint(o: ListenForRequestsOptions): Promise<{ since: number; seen: Map<string, string> }> {
  const seen = new Map<string, string>();
  if (!o.since) return { since: Date.now(), seen };
  if (isIsoTime(o.since)) return { since: Date.parse(o.since), seen };
  const row = await getDb().requestLog.findFirst({
    where: { id: o.since, endpointId: o.id },
    select: { id: true, receivedAt: true, state: true },
  });
  if (!row) throw invalidField("since", "since must be an ISO 8601 time or the id of one of this endpoint's requests");
  if (FINAL_STATES.has(row.state)) seen.set(row.id, row.state);
  return { since: Number(row.receivedAt), seen };
}

/**
 * "Listen for a live request" as server-sent events: `ready` once listening, then `request` (a history entry with its
 * trace) for each live request after `since`, again whenever a background run changes state, and `end` after
 * `maxMs`. It polls the database, so it sees requests served by any process or server sharing it.
 */
export async function listenForRequests(o: ListenForRequestsOptions): Promise<ReadableStream<Uint8Array>> {
  await findEndpointRow(getDb(), o.workspaceId, o.id);
  const { since, seen } = await startPoint(o);
  const sinceIso = new Date(since).toISOString();
  const pollMs = o.pollMs ?? 400;
  const encoder = new TextEncoder();
  let closed = false;
  const timers: NodeJS.Timeout[] = [];
  let close = () => {};

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      close = () => {
        if (closed) return;
        closed = true;
        for (const t of timers) clearTimeout(t);
        o.signal?.removeEventListener("abort", close);
        try {
          controller.close();
        } catch {
          // Already closed by the reader going away.
        }
      };
      const poll = async () => {
        if (closed) return;
        try {
          const { requests } = await listRequests({
            workspaceId: o.workspaceId,
            id: o.id,
            since: sinceIso,
            source: "live",
            limit: 20,
          });
          for (const request of requests.reverse()) {
            if (seen.get(request.id) === request.state) continue;
            seen.set(request.id, request.state);
            send(sse("request", request, request.id));
          }
        } catch (err) {
          if (err instanceof DomainError && err.code === "not_found") {
            send(end("deleted"));
            return close();
          }
          logError("listening for live requests failed", err);
        }
        if (!closed) timers.push(setTimeout(poll, pollMs));
      };
      send(`retry: 2000\n\n`);
      send(sse("ready", { endpointId: o.id, since: sinceIso }));
      const heartbeat = setInterval(() => send(": keepalive\n\n"), o.heartbeatMs ?? 15_000);
      timers.push(heartbeat);
      timers.push(
        setTimeout(
          () => {
            send(end("timeout"));
            close();
          },
          o.maxMs ?? 5 * 60_000,
        ),
      );
      if (o.signal?.aborted) return close();
      o.signal?.addEventListener("abort", close);
      void poll();
    },
    cancel() {
      close();
    },
  });
}
