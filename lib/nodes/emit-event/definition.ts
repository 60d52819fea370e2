import { clip, defineNode } from "../define";
import { expression, variableName } from "../fields";

export const emitEventNode = defineNode({
  type: "emitEvent",
  title: "Emit event",
  description:
    "Publishes an event to the workspace's outbound webhook subscriptions. Stored when the run ends, with its records; a run that fails emits nothing.",
  category: "network",
  icon: "📣",
  keywords: ["event", "publish", "outbound", "webhook", "notify", "broadcast", "send", "subscribers"],
  fields: {
    type: expression({ label: "Event type", required: true, placeholder: "'order.paid'" }),
    data: expression({ label: "Data", placeholder: "$input" }),
    as: variableName({ label: "Store as", default: "event" }),
  },
  handles: [{ id: "next", label: "" }],
  hasSideEffects: true,
  variables: (c) => [{ name: c.as, scope: "after", description: "the event { id, type }" }],
  summary: (c) => clip(c.type, 30),
});
