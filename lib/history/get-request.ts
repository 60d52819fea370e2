import { notFound } from "@/lib/api/errors";
import { getDb } from "@/lib/db/client";
import { findEndpointRow } from "@/lib/endpoints/endpoint-view";
import { toRequestView, type TRequestView } from "./request-view";

export type GetRequestOptions = { workspaceId: string; id: string; requestId: string };

export async function getRequest({ workspaceId, id, requestId }: GetRequestOptions): Promise<TRequestView> {
  const db = getDb();
  await findEndpointRow(db, workspaceId, id);
  const row = await db.requestLog.findFirst({ where: { id: requestId, endpointId: id } });
  if (!row) throw notFound(`request "${requestId}" of endpoint "${id}"`);
  const version = row.versionId
    ? await db.endpointVersion.findUnique({ where: { id: row.versionId }, select: { version: true } })
    : null;
  return toRequestView(row, new Map(version && row.versionId ? [[row.versionId, version.version]] : []));
}
