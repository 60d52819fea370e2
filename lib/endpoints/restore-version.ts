import { getDb } from "@/lib/db/client";
import { checkGraph } from "./check-graph";
import { findEndpointRow, publishedNumber, toEndpoint, type TCheckedEndpointView } from "./endpoint-view";
import { findVersionRow } from "./version-view";

export type RestoreVersionOptions = { workspaceId: string; id: string; number: number };

/** Copies a version's graph into the draft (publish to make it live again). */
export async function restoreVersion({
  workspaceId,
  id,
  number,
}: RestoreVersionOptions): Promise<TCheckedEndpointView> {
  const db = getDb();
  await findEndpointRow(db, workspaceId, id);
  const version = await findVersionRow(db, id, number);
  // A version was valid when published; a node type removed since then makes it a draft with errors, still restorable.
  const checked = checkGraph(JSON.parse(version.graph), { allowErrors: true });
  const row = await db.endpoint.update({ where: { id }, data: { draftGraph: JSON.stringify(checked.graph) } });
  return { ...toEndpoint(row, await publishedNumber(db, row)), draft: checked.graph, problems: checked.problems };
}
