import { hmacVerifyNode } from "@/lib/nodes/hmac-verify/definition";
import { reachableFromStart, type TNodeLinks } from "./start-node";

/** The node type that verifies a provider's signature (and that a test request is signed for). */
export const SIGNATURE_NODE_TYPE = hmacVerifyNode.type;

export const isSignatureNode = (node: { type: string }) => node.type === SIGNATURE_NODE_TYPE;

/**
 * The signature node a test request is signed for: the first one reached from the start (a stack normally has
 * one), else the first in the graph. The server signs with it and the editor names it in "Sign it": one rule.
 */
export function findSignatureNodeId(graph: TNodeLinks): string | undefined {
  const candidates = new Set(graph.nodes.filter(isSignatureNode).map((n) => n.id));
  if (candidates.size === 0) return undefined;
  return reachableFromStart(graph).find((id) => candidates.has(id)) ?? candidates.values().next().value;
}
