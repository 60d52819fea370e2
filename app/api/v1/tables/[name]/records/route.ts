import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { insertRecord } from "@/lib/tables/insert-record";
import { listRecords } from "@/lib/tables/list-records";

/** `?limit=1..200&cursor=<last id>&order=newest|oldest&filters=[…]` → `{ records: [{ id, createdAt, ...fields }], nextCursor }`. */
export const GET = route("GET /tables/{name}/records", async ({ params, workspaceId, query }) => {
  return json(await listRecords({ ...query, workspaceId, name: params.name }));
});

export const POST = route("POST /tables/{name}/records", async ({ params, workspaceId, body }) => {
  return json(await insertRecord({ workspaceId, name: params.name, fields: body.fields }), 201);
});
