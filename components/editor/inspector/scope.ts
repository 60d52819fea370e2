import { variablesInScope, type TScopeVariable } from "@/lib/graph/variables-in-scope";
import type { EditorState } from "@/lib/editor-store/state";

/** Variables an expression in `nodeId` can read, from the editor's current graph and env names. */
export function scopeFor(s: EditorState, nodeId: string): TScopeVariable[] {
  const nodes = s.nodes.map((n) => ({ id: n.id, type: n.data.type, config: n.data.config }));
  return variablesInScope({ nodes, edges: s.edges }, nodeId, { envNames: s.envNames });
}
