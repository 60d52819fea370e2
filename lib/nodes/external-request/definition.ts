import { clip, defineNode } from "../define";
import { choice, expression, expressionMap, integer, variableName } from "../fields";

export const externalRequestNode = defineNode({
  type: "externalRequest",
  title: "External request",
  description: "Calls another service over HTTP(S). Objects are sent as JSON; JSON answers are parsed.",
  category: "network",
  icon: "↗",
  keywords: ["http", "fetch", "call", "api", "send", "post", "forward", "notify"],
  fields: {
    method: choice(["GET", "POST", "PUT", "PATCH", "DELETE"] as const, { label: "Method", default: "POST" }),
    url: expression({ label: "URL", required: true, placeholder: "'https://api.example.com/notify'" }),
    headers: expressionMap({ label: "Headers", keyLabel: "header" }),
    body: expression({ label: "Body", placeholder: "{ 'event': $input.id }" }),
    timeoutMs: integer({ label: "Timeout (ms)", default: 10_000, min: 100, max: 60_000 }),
    as: variableName({ label: "Store as", default: "response" }),
  },
  handles: [{ id: "next", label: "" }],
  hasSideEffects: true,
  variables: (c) => [{ name: c.as, scope: "after", description: "{ status, headers, body } of the answer" }],
  summary: (c) => `${c.method} ${clip(c.url, 34)}`,
});
