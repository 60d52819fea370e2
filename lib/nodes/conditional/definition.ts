import { clip, defineNode } from "../define";
import { expression } from "../fields";

export const conditionalNode = defineNode({
  type: "conditional",
  title: "Conditional",
  description: "Continues on `true` when the condition holds, otherwise on `false`.",
  category: "flow",
  icon: "⑂",
  keywords: ["if", "else", "branch", "condition", "switch", "filter", "when", "check"],
  fields: {
    condition: expression({
      label: "Condition",
      required: true,
      placeholder: "$input.type = 'order.paid'",
      help: "A JSONata expression; empty, false, 0, '' and missing values count as false.",
    }),
  },
  handles: [
    { id: "true", label: "true" },
    { id: "false", label: "false" },
  ],
  summary: (c) => clip(c.condition) || "no condition",
});
