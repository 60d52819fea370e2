import { getDb } from "@/lib/db/client";
import { findEndpointRow } from "./endpoint-view";
import { findVersionRow, toVersionSummary, type TVersionSummary } from "./version-view";

export type GetVersionOptions = { workspaceId: string; id: string; number: number };

/** One version with its (immutable) graph. */
export async function getVersion({ workspaceId, id, number }: GetVersionOptions): Promise<TVersionSummary & { graph: unknown }> {
  const db = getDb();
  const endpoint = await findEndpointRow(db, workspaceId, id);
  const row = await findVersionRow(db, id, number);
  return { ...toVersionSummary(row, endpoint.publishedVersionId), graph: JSON.parse(row.graph) };
}
