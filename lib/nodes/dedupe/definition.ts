import { clip, defineNode } from "../define";
import { expression, integer } from "../fields";

export const dedupeNode = defineNode({
  type: "dedupe",
  title: "Dedupe",
  description:
    "Absorbs duplicate deliveries: when the key was already seen within the window, the run ends with the first delivery's answer and nothing runs twice — also when both copies arrive at once.",
  category: "security",
  icon: "⧉",
  keywords: ["duplicate", "idempotency", "unique", "once", "deduplicate"],
  fields: {
    key: expression({
      label: "Key",
      required: true,
      placeholder: "$input.id",
      help: "What makes a delivery unique, usually the provider's event id (Stripe: $input.id; GitHub: $request.headers.`x-github-delivery`).",
    }),
    windowSeconds: integer({
      label: "Window (s)",
      default: 86_400,
      min: 1,
      max: 30 * 86_400,
      help: "How long a key is remembered.",
    }),
  },
  handles: [{ id: "next", label: "" }],
  summary: (c) => `unique ${clip(c.key, 28) || "?"}`,
});
