import type { z } from "zod";
import { getDb } from "@/lib/db/client";
import { ZNodeId } from "@/lib/graph/schema";
import { getRuntime } from "@/lib/runtime/runtime";
import { loadWorkspaceData } from "@/lib/runtime/workspace-data";
import { buildTestRequest, ZTestEndpointBody } from "./build-test-request";
import { checkGraph } from "./check-graph";
import { findEndpointRow } from "./endpoint-view";
import { signForGraph, type TSignedHeaders } from "./sign-for-graph";

export const ZSignTestRequestBody = ZTestEndpointBody.pick({
  body: true,
  method: true,
  query: true,
  graph: true,
}).extend({
  /** The `hmacVerify` node to sign for; the first one reached from the start when omitted. */
  nodeId: ZNodeId.optional(),
});

export type TSignTestRequestBody = z.infer<typeof ZSignTestRequestBody>;

export type SignTestRequestOptions = TSignTestRequestBody & { workspaceId: string; id: string; origin: string };

/**
 * The test panel's "Sign it": the headers the provider would send with this body, for the draft's (or the unsaved
 * graph's) signature node, signed server-side with the secret from the environment. The secret never leaves.
 */
export async function signTestRequest(o: SignTestRequestOptions): Promise<TSignedHeaders> {
  const row = await findEndpointRow(getDb(), o.workspaceId, o.id);
  // A draft with errors can still be signed for: only a graph of the wrong shape is refused.
  const { graph } = checkGraph(o.graph === undefined ? JSON.parse(row.draftGraph) : o.graph, { allowErrors: true });
  const runtime = getRuntime();
  const { env } = await loadWorkspaceData(runtime, o.workspaceId);
  const request = buildTestRequest({ ...o, endpointId: row.id, ip: "", receivedAt: new Date() });
  return signForGraph({ graph, nodeId: o.nodeId, env, request });
}
