import { readParams } from "@/lib/api/read-json";
import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { getVersion } from "@/lib/endpoints/get-version";
import { ZVersionParams } from "@/lib/endpoints/version-param";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

export const GET = withApi<{ id: string; version: string }>(async (_req, { params }) => {
  const { version } = readParams(params, ZVersionParams);
  return json(await getVersion({ workspaceId: await currentWorkspaceId(), id: params.id, number: version }));
});
