import { defineNode } from "../define";
import { choice, expression, integer, secret, text, variableName } from "../fields";
import {
  HMAC_ALGORITHMS,
  SIGNATURE_ENCODINGS,
  SIGNATURE_PRESET_IDS,
  SIGNATURE_PRESETS,
} from "@/lib/signatures/preset-list";

const generic = { field: "preset", oneOf: ["generic"] } as const;
const timestamped = SIGNATURE_PRESETS.filter((p) => p.hasTimestamp).map((p) => p.id);
const labels = Object.fromEntries(SIGNATURE_PRESETS.map((p) => [p.id, p.label]));

export const hmacVerifyNode = defineNode({
  type: "hmacVerify",
  title: "Verify signature",
  description:
    "Checks the provider's HMAC signature on the exact raw body, in constant time. A mismatch answers the fail status.",
  category: "security",
  icon: "✓",
  keywords: ["signature", "hmac", "secret", "stripe", "github", "authenticate", "security"],
  fields: {
    preset: choice(SIGNATURE_PRESET_IDS, { label: "Provider", default: "generic", labels }),
    secret: secret({
      label: "Signing secret",
      help: "Pick an environment variable; an expression giving a list of secrets accepts any of them (rotation).",
      placeholder: "$env.STRIPE_WEBHOOK_SECRET",
    }),
    header: text({ label: "Signature header", placeholder: "x-signature", visibleWhen: generic }),
    algorithm: choice(HMAC_ALGORITHMS, { label: "Algorithm", default: "sha256", visibleWhen: generic }),
    encoding: choice(SIGNATURE_ENCODINGS, { label: "Encoding", default: "hex", visibleWhen: generic }),
    prefix: text({ label: "Signature prefix", placeholder: "sha256=", visibleWhen: generic }),
    payload: expression({
      label: "Signed payload",
      help: "What was signed; the exact raw body when empty.",
      placeholder: "$request.body",
      visibleWhen: generic,
    }),
    toleranceSeconds: integer({
      label: "Timestamp tolerance (s)",
      default: 300,
      min: 1,
      max: 86_400,
      visibleWhen: { field: "preset", oneOf: timestamped },
    }),
    failStatus: integer({ label: "Status on mismatch", default: 401, min: 400, max: 499 }),
    as: variableName({ label: "Store as", default: "signature" }),
  },
  handles: [{ id: "next", label: "" }],
  variables: (c) => [{ name: c.as, scope: "after", description: "{ valid, preset, timestamp? }" }],
  summary: (c) => `${labels[c.preset] ?? c.preset} signature`,
});
