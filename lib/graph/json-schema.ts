import { z } from "zod";
import { NODE_DEFINITIONS } from "@/lib/nodes/catalog";
import { outgoingHandles } from "@/lib/nodes/define";
import { ZGraph, ZGraphNode } from "./schema";

/**
 * The JSON Schema (draft 2020-12) of a function stack graph, derived from the graph schema and the node catalog:
 * `nodes` items are a `oneOf` discriminated by `type`, each with that node's config schema. Adding a node type to
 * the catalog adds it here. Isomorphic. (Checks that span nodes, such as edges naming real handles, are beyond
 * JSON Schema; `PUT /endpoints/{id}/graph` reports those.)
 */
export function graphJsonSchema(): Record<string, unknown> {
  const variants = NODE_DEFINITIONS.map((def) =>
    ZGraphNode.extend({
      type: z.literal(def.type),
      config: def.configSchema.optional(),
    }).meta({
      title: def.title,
      description: `${def.description} Outputs: ${
        outgoingHandles(def)
          .map((h) => h.id)
          .join(", ") || "none"
      }.`,
    }),
  );
  const [first, ...rest] = variants;
  const graph = ZGraph.extend({
    nodes: z.array(z.discriminatedUnion("type", [first!, ...rest])).max(500),
  });
  const schema = z.toJSONSchema(graph, { io: "input", unrepresentable: "any", target: "draft-2020-12" });
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "Hookstack function stack graph (version 1)",
    ...schema,
  };
}
