import { z } from "zod";
import { invalidField } from "@/lib/errors";
import { pageOf, ZPageQuery } from "@/lib/db/pagination";
import { getDb } from "@/lib/db/client";
import { serverConfig } from "@/lib/config";
import { findEndpointRow } from "@/lib/endpoints/endpoint-view";
import { parseSettings } from "@/lib/settings/endpoint-settings";
import { versionNumbers } from "@/lib/endpoints/version-view";
import { toRequestView, type TRequestView } from "./request-view";
import { retentionOf, type TRetention } from "./retention-policy";

/** An ISO 8601 time (a date at least) that Date.parse reads. */
export function isIsoTime(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}/.test(text) && !Number.isNaN(Date.parse(text));
}

const ZIsoTime = z.string().refine(isIsoTime, "use an ISO 8601 time such as 2026-01-31T12:00:00Z");

export const ZListRequestsQuery = ZPageQuery.extend({
  /** A status class (`2xx`) or one status (`404`). */
  status: z
    .string()
    .regex(/^([1-5]xx|[1-5]\d\d)$/, "status must be a class such as 2xx or a status such as 404")
    .optional(),
  since: ZIsoTime.optional(),
  until: ZIsoTime.optional(),
  /** Substring of the raw request body. */
  q: z.string().min(1).max(200).optional(),
  source: z.enum(["live", "test", "replay"]).optional(),
});

export type TListRequestsQuery = z.infer<typeof ZListRequestsQuery>;

export type ListRequestsOptions = TListRequestsQuery & { workspaceId: string; id: string };

function statusFilter(status: string | undefined) {
  if (!status) return {};
  if (status.endsWith("xx")) {
    const base = Number(status[0]) * 100;
    return { status: { gte: base, lt: base + 100 } };
  }
  return { status: Number(status) };
}

export type TRequestPage = {
  requests: TRequestView[];
  nextCursor: string | null;
  /** How long the history is kept: the endpoint's own settings, else the server's defaults. */
  retention: TRetention;
};

/** An endpoint's request history, newest first, filtered; pages by `cursor` (the last id seen). */
export async function listRequests(o: ListRequestsOptions): Promise<TRequestPage> {
  const db = getDb();
  const endpoint = await findEndpointRow(db, o.workspaceId, o.id);
  const retention = retentionOf(parseSettings(endpoint.settings), serverConfig());
  const received: { gte?: bigint; lte?: bigint } = {};
  if (o.since) received.gte = BigInt(Date.parse(o.since));
  if (o.until) received.lte = BigInt(Date.parse(o.until));
  let after = {};
  if (o.cursor) {
    const last = await db.requestLog.findFirst({
      where: { id: o.cursor, endpointId: o.id },
      select: { receivedAt: true },
    });
    if (!last) throw invalidField("cursor", `cursor "${o.cursor}" is not a request of this endpoint`);
    // Keyset on (received_at, id), which the (endpoint_id, received_at) index serves.
    after = { OR: [{ receivedAt: { lt: last.receivedAt } }, { receivedAt: last.receivedAt, id: { lt: o.cursor } }] };
  }
  const rows = await db.requestLog.findMany({
    where: {
      endpointId: o.id,
      ...(o.since || o.until ? { receivedAt: received } : {}),
      ...statusFilter(o.status),
      ...(o.q ? { body: { contains: o.q } } : {}),
      ...(o.source ? { source: o.source } : {}),
      ...after,
    },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: o.limit + 1,
  });
  const { items, nextCursor } = pageOf(rows, o.limit);
  const numbers = await versionNumbers(
    db,
    items.map((r) => r.versionId),
  );
  return { requests: items.map((row) => toRequestView(row, numbers)), nextCursor, retention };
}
