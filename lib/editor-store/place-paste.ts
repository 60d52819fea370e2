import { isStartNode } from "@/lib/graph/start-node";
import type { TClipboard } from "./clipboard";
import { newNodeId, toCanvasEdge } from "./convert";
import type { TStackEdge, TStackNode } from "./types";

const PASTE_OFFSET = 40;

/**
 * The copied nodes placed beside the originals with fresh ids, and the copied edges between them renamed to match.
 * A copied start node is dropped when the stack already has one: a stack has exactly one start.
 */
export function placePaste(
  clip: TClipboard,
  existing: readonly TStackNode[],
): { pasted: TStackNode[]; edges: TStackEdge[] } {
  const taken = new Set(existing.map((n) => n.id));
  const hasStart = existing.some((n) => isStartNode(n.data));
  const rename = new Map<string, string>();
  const pasted: TStackNode[] = [];
  for (const n of clip.nodes) {
    if (isStartNode(n.data) && hasStart) continue;
    const id = newNodeId(n.data.type, taken);
    taken.add(id);
    rename.set(n.id, id);
    pasted.push({
      ...n,
      id,
      position: { x: n.position.x + PASTE_OFFSET, y: n.position.y + PASTE_OFFSET },
      selected: true,
    });
  }
  const edges = clip.edges
    .filter((e) => rename.has(e.source) && rename.has(e.target))
    .map((e) => ({
      ...toCanvasEdge({ source: rename.get(e.source)!, sourceHandle: e.sourceHandle, target: rename.get(e.target)! }),
      selected: false,
    }));
  return { pasted, edges };
}
