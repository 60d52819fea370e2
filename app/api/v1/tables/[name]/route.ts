import { json, noContent } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { deleteTable } from "@/lib/tables/delete-table";
import { getTable } from "@/lib/tables/get-table";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

type P = { name: string };

export const GET = withApi<P>(async (_req, { params }) => {
  return json(await getTable({ workspaceId: await currentWorkspaceId(), name: params.name }));
});

export const DELETE = withApi<P>(async (_req, { params }) => {
  await deleteTable({ workspaceId: await currentWorkspaceId(), name: params.name });
  return noContent();
});
