import { getDb } from "@/lib/db/client";
import { checkGraph } from "./check-graph";
import { findEndpointRow, publishedNumber, toEndpoint, type TCheckedEndpointView } from "./endpoint-view";
import type { TSaveDraftBody } from "./schemas";

export type SaveDraftOptions = TSaveDraftBody & { workspaceId: string; id: string };

/**
 * Replaces the draft graph. The graph is checked before anything is written, so an invalid one leaves the
 * previous draft as it was. The live (published) version is never affected.
 */
export async function saveDraft({
  workspaceId,
  id,
  graph,
  allowErrors,
}: SaveDraftOptions): Promise<TCheckedEndpointView> {
  const db = getDb();
  await findEndpointRow(db, workspaceId, id);
  const checked = checkGraph(graph, { allowErrors });
  const row = await db.endpoint.update({ where: { id }, data: { draftGraph: JSON.stringify(checked.graph) } });
  return { ...toEndpoint(row, await publishedNumber(db, row)), draft: checked.graph, problems: checked.problems };
}
