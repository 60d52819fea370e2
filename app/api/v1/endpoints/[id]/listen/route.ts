import { readQuery } from "@/lib/api/read-json";
import { withApi } from "@/lib/api/with-api";
import { listenForRequests, ZListenQuery } from "@/lib/history/listen-requests";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

export const dynamic = "force-dynamic";

/** Server-sent events: `ready`, then `request` for each live request after `?since=` (ISO time or request id), `end`. */
export const GET = withApi<{ id: string }>(async (req, { params }) => {
  const { since } = readQuery(req, ZListenQuery);
  const stream = await listenForRequests({
    workspaceId: await currentWorkspaceId(),
    id: params.id,
    // A reconnecting EventSource names the last request it saw.
    since: since ?? req.headers.get("last-event-id") ?? undefined,
    signal: req.signal,
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" },
  });
});
