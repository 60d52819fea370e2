import { requestOrigin } from "@/lib/http/origin";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { presentEndpoint } from "@/lib/endpoints/present-endpoint";
import { saveDraft } from "@/lib/endpoints/save-draft";

/** Saves the draft: `{ graph, allowErrors? }` → the endpoint plus `problems: { errors, warnings }`. */
export const PUT = route("PUT /endpoints/{id}/graph", async ({ req, params, workspaceId, body }) => {
  const endpoint = await saveDraft({ ...body, workspaceId, id: params.id });
  return json(presentEndpoint(endpoint, requestOrigin(req)));
});
