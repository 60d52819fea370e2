import { readParams } from "@/lib/api/read-json";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { getVersion } from "@/lib/endpoints/get-version";
import { ZVersionParams } from "@/lib/endpoints/version-param";

export const GET = route("GET /endpoints/{id}/versions/{version}", async ({ params, workspaceId }) => {
  const { version } = readParams(params, ZVersionParams);
  return json(await getVersion({ workspaceId, id: params.id, number: version }));
});
