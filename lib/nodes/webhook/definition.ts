import { defineNode } from "../define";

export const webhookNode = defineNode({
  type: "webhook",
  title: "Webhook",
  description:
    "Where every request starts. Binds $request: method, path, query, headers, ip, receivedAt and the raw body.",
  category: "input",
  icon: "⚡",
  keywords: ["trigger", "start", "incoming", "receive", "listen"],
  fields: {},
  handles: [{ id: "next", label: "" }],
  canFail: false,
  hasInput: false,
  variables: () => [{ name: "request", scope: "after", description: "the incoming request" }],
  summary: () => "POST request received",
});
