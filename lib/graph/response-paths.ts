import { getNodeDefinition } from "@/lib/nodes/catalog";
import { ERROR_HANDLE, outgoingHandles } from "@/lib/nodes/define";
import { findStartNode } from "./start-node";

type TLinks = {
  nodes: readonly { id: string; type: string }[];
  edges: readonly { source: string; target: string; sourceHandle?: string | null }[];
};

/** A place where a run can stop without a Response node having answered. */
export type TOpenEnd = {
  nodeId: string;
  /** The output left unconnected: `next`, `false`, `done`, ... */
  handle: string;
};

/** What the caller gets when a run ends without a Response node (the contract's default answer). */
export const DEFAULT_ANSWER_TEXT = '200 {"ok":true}';

/**
 * Every output a run can leave by and find nothing connected, walking from the start node: there the run ends and
 * the caller gets the default answer, whatever the stack meant to say. A Response node ends the run itself; an
 * unconnected `error` output fails the run (500), which is not silent; an open end inside a For each's `each`
 * branch returns to the loop, which then continues on `done`.
 */
export function openEnds(graph: TLinks): TOpenEnd[] {
  const start = findStartNode(graph.nodes);
  if (!start) return [];
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const next = new Map<string, string>();
  for (const e of graph.edges) next.set(`${e.source}\u0000${e.sourceHandle || "next"}`, e.target);

  const out: TOpenEnd[] = [];
  const reported = new Set<string>();
  // A node is walked once at the top level and once inside loops: an open end means something different in each.
  const seen = new Set<string>();
  const walk = (id: string, inLoop: boolean) => {
    const key = `${id}\u0000${inLoop}`;
    if (seen.has(key)) return;
    seen.add(key);
    const def = getNodeDefinition(nodes.get(id)?.type ?? "");
    if (!def) return;
    for (const handle of outgoingHandles(def)) {
      const target = next.get(`${id}\u0000${handle.id}`);
      if (handle.id === ERROR_HANDLE.id && target === undefined) continue;
      // The loop body runs per item and hands back to the loop: its ends are not the run's.
      const isBody = handle.id === "each" && def.handles.some((h) => h.id === "done");
      if (target !== undefined) walk(target, inLoop || isBody);
      else if (!inLoop && !isBody && !reported.has(`${id}\u0000${handle.id}`)) {
        reported.add(`${id}\u0000${handle.id}`);
        out.push({ nodeId: id, handle: handle.id });
      }
    }
  };
  walk(start.id, false);
  return out;
}

/** The Problems panel's words for an open end. */
export function openEndMessage(end: TOpenEnd, handleCount: number): string {
  const where = handleCount > 1 ? `the "${end.handle}" branch ends` : "the run ends here";
  return `${where} without a Response node, so the caller gets ${DEFAULT_ANSWER_TEXT}`;
}
