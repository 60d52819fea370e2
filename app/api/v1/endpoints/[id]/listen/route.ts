import { route } from "@/lib/api/route";
import { listenForRequests } from "@/lib/history/listen-requests";

export const dynamic = "force-dynamic";

/** Server-sent events: `ready`, then `request` for each live request after `?since=` (ISO time or request id), `end`. */
export const GET = route("GET /endpoints/{id}/listen", async ({ req, params, workspaceId, query }) => {
  const { since } = query;
  const stream = await listenForRequests({
    workspaceId,
    id: params.id,
    // A reconnecting EventSource names the last request it saw.
    since: since ?? req.headers.get("last-event-id") ?? undefined,
    signal: req.signal,
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  });
});
