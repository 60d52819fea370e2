import { getDb } from "@/lib/db/client";
import { findEndpointRow } from "./endpoint-view";

export type DeleteEndpointOptions = { workspaceId: string; id: string };

/** Deletes an endpoint with its versions, request history and pending background runs; its table records stay. */
export async function deleteEndpoint({ workspaceId, id }: DeleteEndpointOptions): Promise<void> {
  const db = getDb();
  await findEndpointRow(db, workspaceId, id);
  // Children first and explicitly, so the result does not depend on the database enforcing ON DELETE CASCADE.
  await db.$transaction([
    db.job.deleteMany({ where: { endpointId: id } }),
    db.dedupeKey.deleteMany({ where: { endpointId: id } }),
    db.requestLog.deleteMany({ where: { endpointId: id } }),
    db.endpointVersion.deleteMany({ where: { endpointId: id } }),
    db.endpoint.delete({ where: { id } }),
  ]);
}
