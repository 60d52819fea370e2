import { webhookNode } from "@/lib/nodes/webhook/definition";

/** The node type a function stack starts from; a stack has exactly one (lib/graph/validate.ts says so). */
export const START_NODE_TYPE = webhookNode.type;

/** Just what the rules below read of a graph, so the server's TGraph and the editor's canvas both fit. */
export type TNodeLinks = {
  nodes: readonly { id: string; type: string }[];
  edges: readonly { source: string; target: string }[];
};

export const isStartNode = (node: { type: string }) => node.type === START_NODE_TYPE;

/** The node a run starts from: the stack's webhook node (the first, if a draft has more). */
export function findStartNode<N extends { type: string }>(nodes: readonly N[]): N | undefined {
  return nodes.find(isStartNode);
}

/** Node ids in the order a walk from the start reaches them (breadth first); unreachable nodes are absent. */
export function reachableFromStart(graph: TNodeLinks): string[] {
  const start = findStartNode(graph.nodes);
  if (!start) return [];
  const reached = new Set([start.id]);
  const queue = [start.id];
  while (queue.length) {
    const id = queue.shift()!;
    for (const e of graph.edges) {
      if (e.source === id && !reached.has(e.target)) {
        reached.add(e.target);
        queue.push(e.target);
      }
    }
  }
  return [...reached];
}
