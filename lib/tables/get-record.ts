import { notFound } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { presentRecord, tableOf, type TRecordView } from "./record-rows";
import { findTableRow } from "./table-view";

export type GetRecordOptions = { workspaceId: string; name: string; recordId: string };

/** Where a record came from: the request whose run stored it (gone once retention removed it), or by hand. */
export type TRecordOrigin = {
  requestId: string;
  endpointId: string | null;
  endpointName: string | null;
  receivedAt: string | null;
} | null;

export type TRecordDetail = { record: TRecordView; version: number; storedBy: TRecordOrigin };

/** One record with its version and the request that stored it. */
export async function getRecord({ workspaceId, name, recordId }: GetRecordOptions): Promise<TRecordDetail> {
  const db = getDb();
  const table = tableOf(await findTableRow(db, workspaceId, name));
  const row = await db.dataRecord.findUnique({ where: { tableId_id: { tableId: table.id, id: recordId } } });
  if (!row) throw notFound(`record "${recordId}" of ${name}`);
  const record = presentRecord(table, {
    id: row.id,
    createdAt: Number(row.createdAt),
    version: row.version,
    data: JSON.parse(row.data),
  });
  let storedBy: TRecordOrigin = null;
  if (row.requestId) {
    const request = await db.requestLog.findFirst({
      where: { id: row.requestId, endpoint: { workspaceId } },
      select: { endpointId: true, receivedAt: true, endpoint: { select: { name: true } } },
    });
    storedBy = {
      requestId: row.requestId,
      endpointId: request?.endpointId ?? null,
      endpointName: request?.endpoint.name ?? null,
      receivedAt: request ? new Date(Number(request.receivedAt)).toISOString() : null,
    };
  }
  return { record, version: row.version, storedBy };
}
