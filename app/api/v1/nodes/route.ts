import { describeNodes } from "@/lib/api/describe-nodes";
import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";

/** The node catalog: type, title, description, category, icon, handles (incl. error), fields and config schema. */
export const GET = withApi(async () => {
  return json({ nodes: describeNodes() });
});
