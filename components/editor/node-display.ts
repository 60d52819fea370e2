import { lenientConfig } from "@/lib/graph/variables-in-scope";
import { getNodeDefinition } from "@/lib/nodes/catalog";
import type { AnyNodeDefinition } from "@/lib/nodes/define";
import type { TStackNodeData } from "@/lib/editor-store/types";

/** The catalog's one-line summary of a node's config, tolerant of a config being filled in. */
export function nodeSummary(def: AnyNodeDefinition, config: Record<string, unknown>): string {
  try {
    return def.summary(lenientConfig(def, config) as never);
  } catch {
    return "";
  }
}

export function nodeTitle(data: TStackNodeData): string {
  return data.label || getNodeDefinition(data.type)?.title || data.type;
}

export const CATEGORY_LABELS = {
  input: "Input",
  security: "Security",
  flow: "Flow",
  data: "Data",
  network: "Network",
  output: "Output",
} as const;
