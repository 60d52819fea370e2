import { describeNodes } from "@/lib/api/describe-nodes";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";

/** The node catalog: type, title, description, category, icon, handles (incl. error), fields and config schema. */
export const GET = route("GET /nodes", async () => {
  return json({ nodes: describeNodes() });
});
