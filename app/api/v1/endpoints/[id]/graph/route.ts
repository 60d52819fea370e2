import { readJson } from "@/lib/api/read-json";
import { requestOrigin } from "@/lib/api/origin";
import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { presentEndpoint } from "@/lib/endpoints/present-endpoint";
import { saveDraft } from "@/lib/endpoints/save-draft";
import { ZSaveDraftBody } from "@/lib/endpoints/schemas";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

/** Saves the draft: `{ graph, allowErrors? }` → the endpoint plus `problems: { errors, warnings }`. */
export const PUT = withApi<{ id: string }>(async (req, { params }) => {
  const body = await readJson(req, ZSaveDraftBody);
  const endpoint = await saveDraft({ ...body, workspaceId: await currentWorkspaceId(), id: params.id });
  return json(presentEndpoint(endpoint, requestOrigin(req)));
});
