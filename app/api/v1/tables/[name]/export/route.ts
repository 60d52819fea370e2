import { route } from "@/lib/api/route";
import { exportRecords } from "@/lib/tables/export-records";

export const GET = route("GET /tables/{name}/export", async ({ params, workspaceId, query }) => {
  const file = await exportRecords({ workspaceId, name: params.name, ...query });
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "no-store",
    },
  });
});
