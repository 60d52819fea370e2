import { clip, defineNode } from "../define";
import { expression } from "../fields";

export const preconditionNode = defineNode({
  type: "precondition",
  title: "Precondition",
  description:
    "Stops the run unless the condition holds: the caller gets the chosen status and body (400 with the message by default), and nothing the run wrote is kept.",
  category: "flow",
  icon: "⛉",
  keywords: ["guard", "require", "assert", "check", "stop", "reject", "validate", "abort"],
  fields: {
    condition: expression({
      label: "Condition",
      required: true,
      placeholder: "$exists($payload.data.object.customer)",
      help: "A JSONata expression; empty, false, 0, '' and missing values count as false.",
    }),
    status: expression({ label: "Status when false", defaultExpression: "400", placeholder: "400" }),
    message: expression({ label: "Message", defaultExpression: "'precondition failed'" }),
    body: expression({
      label: "Body",
      placeholder: "{ 'error': 'unknown customer' }",
      help: 'Empty means `{ "error": message }`.',
    }),
  },
  handles: [{ id: "next", label: "" }],
  summary: (c) => clip(c.condition) || "no condition",
});
