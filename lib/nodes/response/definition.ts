import { clip, defineNode } from "../define";
import { expression, expressionMap } from "../fields";

export const responseNode = defineNode({
  type: "response",
  title: "Response",
  description: "Answers the caller and ends the run. Objects are sent as JSON.",
  category: "output",
  icon: "⇠",
  keywords: ["respond", "reply", "answer", "return", "status", "end", "send back"],
  fields: {
    status: expression({ label: "Status", defaultExpression: "200", placeholder: "200" }),
    headers: expressionMap({ label: "Headers", keyLabel: "header" }),
    body: expression({ label: "Body", placeholder: "{ 'received': true }" }),
  },
  handles: [],
  summary: (c) => `${clip(c.status, 8) || "200"} ${clip(c.body, 30)}`.trim(),
});
