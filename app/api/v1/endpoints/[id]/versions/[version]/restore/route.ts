import { readParams } from "@/lib/api/read-json";
import { requestOrigin } from "@/lib/http/origin";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { presentEndpoint } from "@/lib/endpoints/present-endpoint";
import { restoreVersion } from "@/lib/endpoints/restore-version";
import { ZVersionParams } from "@/lib/endpoints/version-param";

/** Copies the version's graph into the draft; publish to make it live again. */
export const POST = route("POST /endpoints/{id}/versions/{version}/restore", async ({ req, params, workspaceId }) => {
  const { version } = readParams(params, ZVersionParams);
  const endpoint = await restoreVersion({ workspaceId, id: params.id, number: version });
  return json(presentEndpoint(endpoint, requestOrigin(req)));
});
