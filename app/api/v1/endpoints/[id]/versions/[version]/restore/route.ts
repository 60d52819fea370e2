import { readParams } from "@/lib/api/read-json";
import { requestOrigin } from "@/lib/api/origin";
import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { presentEndpoint } from "@/lib/endpoints/present-endpoint";
import { restoreVersion } from "@/lib/endpoints/restore-version";
import { ZVersionParams } from "@/lib/endpoints/version-param";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

/** Copies the version's graph into the draft; publish to make it live again. */
export const POST = withApi<{ id: string; version: string }>(async (req, { params }) => {
  const { version } = readParams(params, ZVersionParams);
  const endpoint = await restoreVersion({ workspaceId: await currentWorkspaceId(), id: params.id, number: version });
  return json(presentEndpoint(endpoint, requestOrigin(req)));
});
