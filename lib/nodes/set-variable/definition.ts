import { clip, defineNode } from "../define";
import { expression, variableName } from "../fields";

export const setVariableNode = defineNode({
  type: "setVariable",
  title: "Set variable",
  description: "Stores the value of an expression under a name.",
  category: "data",
  icon: "≔",
  fields: {
    name: variableName({ label: "Name" }),
    value: expression({ label: "Value", required: true, placeholder: "$payload.data.object.amount_paid / 100" }),
  },
  handles: [{ id: "next", label: "" }],
  variables: (c) => (c.name ? [{ name: c.name, scope: "after", description: "the stored value" }] : []),
  summary: (c) => `$${c.name || "?"} = ${clip(c.value, 30)}`,
});
