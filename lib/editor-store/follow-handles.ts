import { getNodeDefinition } from "@/lib/nodes/catalog";
import { ERROR_HANDLE, outgoingHandles, type AnyNodeDefinition, type THandle } from "@/lib/nodes/define";
import type { TStackEdge } from "./types";

/** A node's outputs along its flow (every output but `error`), for its current config. */
export function flowHandles(def: AnyNodeDefinition, config: unknown): readonly THandle[] {
  return outgoingHandles(def, config).filter((h) => h.id !== ERROR_HANDLE.id);
}

/**
 * Keeps a node's connections in step with outputs that come from its config (a switch's cases): a renamed case
 * keeps its connection, a removed one loses it. Other nodes' edges are returned unchanged.
 */
export function followHandles(
  edges: TStackEdge[],
  nodeId: string,
  type: string,
  before: unknown,
  after: unknown,
): TStackEdge[] {
  const def = getNodeDefinition(type);
  if (!def?.handlesFor) return edges;
  const ids = (config: unknown) => outgoingHandles(def, config).map((h) => h.id);
  const [was, now] = [ids(before), ids(after)];
  const gone = was.filter((h) => !now.includes(h));
  const added = now.filter((h) => !was.includes(h));
  if (gone.length === 0) return edges;
  const renamed = gone.length === 1 && added.length === 1 ? { to: added[0]! } : undefined;
  return edges.flatMap((e) => {
    if (e.source !== nodeId || !gone.includes(e.sourceHandle ?? "next") || e.sourceHandle === ERROR_HANDLE.id)
      return [e];
    return renamed ? [{ ...e, sourceHandle: renamed.to }] : [];
  });
}
