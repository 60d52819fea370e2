import { requestOrigin } from "@/lib/http/origin";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { presentEndpoint } from "@/lib/endpoints/present-endpoint";
import { publishEndpoint } from "@/lib/endpoints/publish-endpoint";

/** Freezes the draft as the next version and makes it live; a draft with errors answers 400 with them. */
export const POST = route("POST /endpoints/{id}/publish", async ({ req, params, workspaceId, body }) => {
  const endpoint = await publishEndpoint({ workspaceId, id: params.id, note: body.note || undefined });
  return json(presentEndpoint(endpoint, requestOrigin(req)));
});
