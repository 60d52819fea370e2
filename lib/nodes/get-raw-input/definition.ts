import { defineNode } from "../define";
import { choice, text, variableName } from "../fields";

export const getRawInputNode = defineNode({
  type: "getRawInput",
  title: "Get raw input",
  description:
    "Parses the request body as JSON, a form or text (Auto: by its content type) and stores it. A body that does not parse answers 400.",
  category: "input",
  icon: "⇣",
  keywords: ["body", "parse", "json", "form", "payload", "input", "read"],
  fields: {
    encoding: choice(["json", "form", "text", "auto"] as const, {
      label: "Body format",
      default: "json",
      labels: { json: "JSON", form: "Form (urlencoded)", text: "Plain text", auto: "Auto (by content type)" },
      help: "Auto reads JSON, form or text as the request's content-type says, so a provider's default settings work.",
    }),
    jsonField: text({
      label: "JSON field (form bodies)",
      max: 100,
      help: "A form field that holds the JSON payload (GitHub sends payload=…): the node stores it parsed. Auto reads a lone payload field this way.",
    }),
    as: variableName({ label: "Store as", default: "input" }),
  },
  handles: [{ id: "next", label: "" }],
  variables: (c) => [{ name: c.as, scope: "after", description: `the parsed ${c.encoding} body` }],
  summary: (c) =>
    `${c.encoding === "auto" ? "Auto" : c.encoding.toUpperCase()} body${c.jsonField ? ` (${c.jsonField} field)` : ""} → $${c.as}`,
});
