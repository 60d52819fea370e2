import { getDb } from "@/lib/db/client";
import { findEndpointRow } from "./endpoint-view";
import { toVersionSummary, type TVersionSummary } from "./version-view";

export type ListVersionsOptions = { workspaceId: string; id: string };

/** An endpoint's published versions, newest first. */
export async function listVersions({ workspaceId, id }: ListVersionsOptions): Promise<TVersionSummary[]> {
  const db = getDb();
  const endpoint = await findEndpointRow(db, workspaceId, id);
  const rows = await db.endpointVersion.findMany({
    where: { endpointId: id },
    orderBy: { version: "desc" },
    select: { id: true, version: true, createdAt: true, createdBy: true, note: true, testSuite: true },
  });
  return rows.map((row) => toVersionSummary(row, endpoint.publishedVersionId));
}
