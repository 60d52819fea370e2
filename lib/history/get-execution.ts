import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { versionNumbers } from "@/lib/endpoints/version-view";
import { findSignatureNodeId } from "@/lib/graph/signature-node";
import { ZGraph, EMPTY_GRAPH, type TGraph } from "@/lib/graph/schema";
import { toRequestView, type TRequestView } from "./request-view";

export type GetExecutionOptions = { workspaceId: string; requestId: string };

export type TExecution = {
  request: TRequestView;
  endpoint: { id: string; name: string; publishedVersion: number | null; enabled: boolean };
  /** The graph that ran: its version's, or the draft's for test runs of the draft. */
  graph: TGraph;
  hasSignatureNode: boolean;
};

function parseGraph(text: string | undefined): TGraph {
  if (!text) return EMPTY_GRAPH;
  const parsed = ZGraph.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : EMPTY_GRAPH;
}

/** One request of the workspace by its id alone (ids are unique across endpoints), with the version that ran it. */
export async function getExecution({ workspaceId, requestId }: GetExecutionOptions): Promise<TExecution> {
  const db = getDb();
  const row = await db.requestLog.findUnique({ where: { id: requestId } });
  const endpoint = row
    ? await db.endpoint.findFirst({
        where: { id: row.endpointId, workspaceId },
        select: { id: true, name: true, enabled: true, draftGraph: true, publishedVersionId: true },
      })
    : null;
  if (!row || !endpoint) throw notFound(`request "${requestId}"`);
  const version = row.versionId
    ? await db.endpointVersion.findUnique({ where: { id: row.versionId }, select: { graph: true } })
    : null;
  const published = endpoint.publishedVersionId
    ? await db.endpointVersion.findUnique({ where: { id: endpoint.publishedVersionId }, select: { version: true } })
    : null;
  const graph = parseGraph(version?.graph ?? endpoint.draftGraph);
  return {
    request: toRequestView(row, await versionNumbers(db, [row.versionId])),
    endpoint: {
      id: endpoint.id,
      name: endpoint.name,
      enabled: endpoint.enabled,
      publishedVersion: published?.version ?? null,
    },
    graph,
    hasSignatureNode: findSignatureNodeId(graph) !== undefined,
  };
}
