import { readQuery } from "@/lib/api/read-json";
import { ZPageQuery } from "@/lib/db/pagination";
import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { listRecords } from "@/lib/tables/list-records";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

/** `?limit=1..200&cursor=<last id>` → `{ records: [{ id, createdAt, ...fields }], nextCursor }`, newest first. */
export const GET = withApi<{ name: string }>(async (req, { params }) => {
  const page = readQuery(req, ZPageQuery);
  return json(await listRecords({ ...page, workspaceId: await currentWorkspaceId(), name: params.name }));
});
