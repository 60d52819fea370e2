import { z } from "zod";
import { NODE_DEFINITIONS } from "@/lib/nodes/catalog";
import { outgoingHandles } from "@/lib/nodes/define";

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
