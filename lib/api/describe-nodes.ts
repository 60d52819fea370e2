import { z } from "zod";
import { NODE_DEFINITIONS } from "@/lib/nodes/catalog";
import { outgoingHandles } from "@/lib/nodes/define";

/** GET /nodes: one entry per node type; `configSchema` is a JSON Schema, `fields` the inspector's form. */
export const ZNodesOut = z.object({
  nodes: z.array(
    z.object({
      type: z.string(),
      title: z.string(),
      description: z.string(),
      category: z.string(),
      icon: z.string(),
      hasInput: z.boolean(),
      canFail: z.boolean(),
      hasSideEffects: z.boolean(),
      handles: z.array(z.looseObject({ id: z.string() })),
      fields: z.array(z.looseObject({ name: z.string() })),
      configSchema: z.looseObject({}),
    }),
  ),
});

/** The node catalog as API users see it: palette metadata, handles (incl. `error`), fields and config schemas. */
export function describeNodes() {
  return NODE_DEFINITIONS.map((def) => ({
    type: def.type,
    title: def.title,
    description: def.description,
    category: def.category,
    icon: def.icon,
    hasInput: def.hasInput,
    canFail: def.canFail,
    hasSideEffects: def.hasSideEffects,
    handles: outgoingHandles(def),
    fields: Object.entries(def.fields).map(([name, spec]) => ({ name, ...spec.ui })),
    configSchema: z.toJSONSchema(def.configSchema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }),
  }));
}
