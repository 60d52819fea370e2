import { clip, defineNode } from "../define";
import { expression, variableName } from "../fields";

export const forEachNode = defineNode({
  type: "forEach",
  title: "For each",
  description: "Runs the `each` branch once per item of a list, then continues on `done`.",
  category: "flow",
  icon: "↻",
  keywords: ["loop", "each", "for", "iterate", "repeat", "list", "array", "map"],
  fields: {
    list: expression({ label: "List", required: true, placeholder: "$input.items" }),
    as: variableName({ label: "Item variable", default: "item" }),
    indexAs: variableName({ label: "Index variable", default: "index" }),
  },
  handles: [
    { id: "each", label: "each" },
    { id: "done", label: "done" },
  ],
  variables: (c) => [
    { name: c.as, scope: "each", description: "the current item" },
    { name: c.indexAs, scope: "each", description: "the current position, from 0" },
  ],
  summary: (c) => `${clip(c.list, 30) || "?"} as $${c.as}`,
});
