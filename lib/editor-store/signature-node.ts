import { findSignatureNodeId } from "@/lib/graph/signature-node";
import type { TStackEdge, TStackNode } from "./types";

/** The canvas's signature node, by the rule the server signs with (lib/graph/signature-node.ts). */
export function signatureNodeOf(s: {
  nodes: readonly TStackNode[];
  edges: readonly TStackEdge[];
}): TStackNode | undefined {
  const id = findSignatureNodeId({ nodes: s.nodes.map((n) => ({ id: n.id, type: n.data.type })), edges: s.edges });
  return id === undefined ? undefined : s.nodes.find((n) => n.id === id);
}
