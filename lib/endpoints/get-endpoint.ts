import { getDb } from "@/lib/db/client";
import { findGraphProblems, type TGraphProblems } from "@/lib/graph/validate";
import { ZGraph } from "@/lib/graph/schema";
import { loadEndpoint, type TEndpointView } from "./endpoint-view";

export type GetEndpointOptions = { workspaceId: string; id: string };

/** One endpoint, with the problems its draft has (so the editor can show them on load). */
export async function getEndpoint({
  workspaceId,
  id,
}: GetEndpointOptions): Promise<TEndpointView & { problems: TGraphProblems }> {
  const endpoint = await loadEndpoint(getDb(), workspaceId, id);
  const draft = ZGraph.safeParse(endpoint.draft);
  const problems = draft.success ? findGraphProblems(draft.data) : { errors: [], warnings: [] };
  return { ...endpoint, problems };
}
