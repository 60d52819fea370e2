import { z } from "zod";
import { invalidField } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { isIsoTime } from "./list-requests";

const ZIsoTime = z.string().refine(isIsoTime, "use an ISO 8601 time such as 2026-01-31T12:00:00Z");

/** Every request to every endpoint of the workspace, newest first, filtered. */
export const ZListExecutionsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** `<receivedAt ms>.<id>` of the last row of the previous page. */
  cursor: z
    .string()
    .regex(/^\d+\.[\w-]+$/, "cursor is the nextCursor of a previous page")
    .optional(),
  endpoint: z.string().max(100).optional(),
  status: z
    .string()
    .regex(/^([1-5]xx|[1-5]\d\d)$/, "status must be a class such as 2xx or a status such as 404")
    .optional(),
  /**
   * A run's state: background runs go queued → running → (retrying →) succeeded or failed; direct ones end at once.
   * `pending`: any of the first three (a background run not finished yet).
   */
  state: z.enum(["queued", "running", "retrying", "pending", "succeeded", "failed"]).optional(),
  /** `direct`: answered by the run itself; `background`: accepted at once and run by the queue. */
  mode: z.enum(["direct", "background"]).optional(),
  since: ZIsoTime.optional(),
  until: ZIsoTime.optional(),
  /** Text in the raw request body. */
  q: z.string().min(1).max(200).optional(),
  /** The summary column: `header:<name>` or `body:<dotted.path>` (e.g. header:x-github-event). */
  summary: z
    .string()
    .regex(/^(header|body):[\w.-]{1,100}$/, "summary is header:<name> or body:<path>")
    .optional(),
});
export type TListExecutionsQuery = z.infer<typeof ZListExecutionsQuery>;
export type ListExecutionsOptions = Partial<TListExecutionsQuery> & { workspaceId: string };

export type TExecutionRow = {
  id: string;
  endpointId: string;
  endpointName: string;
  receivedAt: string;
  method: string;
  source: string;
  status: number | null;
  state: string;
  background: boolean;
  durationMs: number;
  error: string | null;
  summary: string | null;
};

function summaryOf(spec: string | undefined, headers: string, body: string): string | null {
  if (!spec) return null;
  const [kind, path] = [spec.slice(0, spec.indexOf(":")), spec.slice(spec.indexOf(":") + 1)];
  try {
    let value: unknown =
      kind === "header" ? (JSON.parse(headers) as Record<string, unknown>)[path.toLowerCase()] : JSON.parse(body);
    if (kind === "body")
      for (const key of path.split("."))
        value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
    if (value === undefined || value === null) return null;
    return typeof value === "string" ? value : JSON.stringify(value);
  } catch {
    return null;
  }
}

/**
 * The workspace's requests, newest first. Each endpoint's page is read through its (endpoint_id, received_at) index
 * after the cursor, then the pages are merged: a page costs one index seek per endpoint, however long the history.
 */
export async function listExecutions({
  workspaceId,
  limit = 50,
  cursor,
  endpoint,
  status,
  state,
  mode,
  since,
  until,
  q,
  summary,
}: ListExecutionsOptions) {
  const db = getDb();
  const endpoints = await db.endpoint.findMany({
    where: { workspaceId, ...(endpoint ? { id: endpoint } : {}) },
    select: { id: true, name: true },
  });
  if (endpoint && endpoints.length === 0) throw invalidField("endpoint", `no endpoint "${endpoint}" in this workspace`);
  const names = new Map(endpoints.map((e) => [e.id, e.name]));
  const received: { gte?: bigint; lte?: bigint } = {};
  if (since) received.gte = BigInt(Date.parse(since));
  if (until) received.lte = BigInt(Date.parse(until));
  let after = {};
  if (cursor) {
    const [at, id] = [BigInt(cursor.slice(0, cursor.indexOf("."))), cursor.slice(cursor.indexOf(".") + 1)];
    after = { OR: [{ receivedAt: { lt: at } }, { receivedAt: at, id: { lt: id } }] };
  }
  const statusWhere = !status
    ? {}
    : status.endsWith("xx")
      ? { status: { gte: Number(status[0]) * 100, lt: Number(status[0]) * 100 + 100 } }
      : { status: Number(status) };
  const stateWhere = !state
    ? {}
    : state === "pending"
      ? { state: { in: ["queued", "running", "retrying"] } }
      : { state };
  // A background request keeps the status its caller got at once (lib/queue/enqueue-request.ts); a direct one has none.
  const modeWhere = !mode ? {} : { acceptedStatus: mode === "background" ? { not: null } : null };
  const pages = await Promise.all(
    endpoints.map((e) =>
      db.requestLog.findMany({
        where: {
          endpointId: e.id,
          ...(since || until ? { receivedAt: received } : {}),
          ...statusWhere,
          ...stateWhere,
          ...modeWhere,
          ...(q ? { body: { contains: q } } : {}),
          ...after,
        },
        orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
        take: limit + 1,
        select: {
          id: true,
          endpointId: true,
          receivedAt: true,
          method: true,
          source: true,
          status: true,
          state: true,
          durationMs: true,
          error: true,
          acceptedStatus: true,
          headers: true,
          body: true,
        },
      }),
    ),
  );
  const merged = pages
    .flat()
    .sort((a, b) => (a.receivedAt === b.receivedAt ? (a.id < b.id ? 1 : -1) : a.receivedAt < b.receivedAt ? 1 : -1));
  const rows = merged.slice(0, limit);
  const executions: TExecutionRow[] = rows.map((r) => ({
    id: r.id,
    endpointId: r.endpointId,
    endpointName: names.get(r.endpointId) ?? r.endpointId,
    receivedAt: new Date(Number(r.receivedAt)).toISOString(),
    method: r.method,
    source: r.source,
    status: r.status,
    state: r.state,
    background: r.acceptedStatus !== null,
    durationMs: r.durationMs,
    error: r.error,
    summary: summaryOf(summary, r.headers, r.body),
  }));
  const last = rows[rows.length - 1];
  return { executions, nextCursor: merged.length > limit && last ? `${last.receivedAt}.${last.id}` : null };
}
