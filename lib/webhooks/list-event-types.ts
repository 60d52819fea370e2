import { getDb } from "@/lib/db/client";
import { BUILT_IN_EVENT_TYPES } from "./built-in-events";
import { EVENT_TYPE } from "@/lib/engine/events";

export type TEventTypeView = {
  type: string;
  description: string;
  source: "built-in" | "stack";
  endpointIds?: string[];
};

/** `'order.paid'` or `"order.paid"`: an emitEvent type written as a literal (a computed type cannot be listed). */
function literalType(expression: unknown): string | undefined {
  if (typeof expression !== "string") return undefined;
  const match = /^\s*(['"])([^'"]*)\1\s*$/.exec(expression);
  return match && EVENT_TYPE.test(match[2]!) ? match[2] : undefined;
}

/** The built-in event types, then those the workspace's published stacks emit with literal `emitEvent` types. */
export async function listEventTypes({ workspaceId }: { workspaceId: string }): Promise<TEventTypeView[]> {
  const endpoints = await getDb().endpoint.findMany({
    where: { workspaceId, publishedVersionId: { not: null } },
    select: { id: true, publishedVersionId: true },
  });
  const versions = await getDb().endpointVersion.findMany({
    where: { id: { in: endpoints.map((e) => e.publishedVersionId!) } },
    select: { endpointId: true, graph: true },
  });
  const emitted = new Map<string, Set<string>>();
  for (const v of versions) {
    const graph = JSON.parse(v.graph) as { nodes?: { type?: string; config?: { type?: unknown } }[] };
    for (const node of graph.nodes ?? []) {
      const type = node.type === "emitEvent" ? literalType(node.config?.type) : undefined;
      if (type) (emitted.get(type) ?? emitted.set(type, new Set()).get(type)!).add(v.endpointId);
    }
  }
  const builtIn: TEventTypeView[] = BUILT_IN_EVENT_TYPES.map((t) => ({ ...t, source: "built-in" }));
  const custom: TEventTypeView[] = [...emitted]
    .filter(([type]) => !BUILT_IN_EVENT_TYPES.some((b) => b.type === type))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, ids]) => ({
      type,
      description: "emitted by a function stack",
      source: "stack",
      endpointIds: [...ids],
    }));
  return [...builtIn, ...custom];
}
