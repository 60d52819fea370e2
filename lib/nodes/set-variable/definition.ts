import { clip, defineNode } from "../define";
import { expression, variableName } from "../fields";

export const setVariableNode = defineNode({
  type: "setVariable",
  title: "Set variable",
  description: "Stores the value of an expression under a name.",
  category: "data",
  icon: "≔",
  keywords: ["variable", "set", "assign", "compute", "calculate", "transform", "let"],
  fields: {
    name: variableName({ label: "Name" }),
    value: expression({ label: "Value", required: true, placeholder: "$input.amount / 100" }),
  },
  handles: [{ id: "next", label: "" }],
  variables: (c) => (c.name ? [{ name: c.name, scope: "after", description: "the stored value" }] : []),
  summary: (c) => `$${c.name || "?"} = ${clip(c.value, 30)}`,
});
