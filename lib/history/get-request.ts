import { notFound } from "@/lib/errors";
import { getDb, type Db } from "@/lib/db/client";
import { findEndpointRow } from "@/lib/endpoints/endpoint-view";
import { versionNumbers } from "@/lib/endpoints/version-view";
import { toRequestView, type TRequestView } from "./request-view";

export type GetRequestOptions = { workspaceId: string; id: string; requestId: string };

export async function getRequest({ workspaceId, id, requestId }: GetRequestOptions): Promise<TRequestView> {
  const db = getDb();
  await findEndpointRow(db, workspaceId, id);
  return findRequestView(db, id, requestId);
}

/** A request of an endpoint the caller has already found in its workspace, or a 404. */
export async function findRequestView(db: Db, endpointId: string, requestId: string): Promise<TRequestView> {
  const row = await db.requestLog.findFirst({ where: { id: requestId, endpointId } });
  if (!row) throw notFound(`request "${requestId}" of endpoint "${endpointId}"`);
  return toRequestView(row, await versionNumbers(db, [row.versionId]));
}
