import { defineNode } from "../define";
import { choice, variableName } from "../fields";

export const getRawInputNode = defineNode({
  type: "getRawInput",
  title: "Get raw input",
  description: "Parses the request body as JSON, a form or text and stores it. A body that does not parse answers 400.",
  category: "input",
  icon: "⇣",
  keywords: ["body", "parse", "json", "form", "payload", "input", "read"],
  fields: {
    encoding: choice(["json", "form", "text"] as const, {
      label: "Body format",
      default: "json",
      labels: { json: "JSON", form: "Form (urlencoded)", text: "Plain text" },
    }),
    as: variableName({ label: "Store as", default: "input" }),
  },
  handles: [{ id: "next", label: "" }],
  variables: (c) => [{ name: c.as, scope: "after", description: `the parsed ${c.encoding} body` }],
  summary: (c) => `${c.encoding.toUpperCase()} body → $${c.as}`,
});
