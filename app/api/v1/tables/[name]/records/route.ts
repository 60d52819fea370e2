import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { listRecords } from "@/lib/tables/list-records";

/** `?limit=1..200&cursor=<last id>` → `{ records: [{ id, createdAt, ...fields }], nextCursor }`, newest first. */
export const GET = route("GET /tables/{name}/records", async ({ params, workspaceId, query }) => {
  return json(await listRecords({ ...query, workspaceId, name: params.name }));
});
