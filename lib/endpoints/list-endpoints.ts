import { getDb } from "@/lib/db/client";
import { toEndpoint, type TEndpointView } from "./endpoint-view";
import { versionNumbers } from "./version-view";

export type TEndpointListItem = TEndpointView & { lastRequest: { at: string; status: number | null } | null };

export type ListEndpointsOptions = { workspaceId: string };

/** Every endpoint of the workspace, newest first, with its live version number and its latest request. */
export async function listEndpoints({ workspaceId }: ListEndpointsOptions): Promise<TEndpointListItem[]> {
  const db = getDb();
  const rows = await db.endpoint.findMany({ where: { workspaceId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const numbers = await versionNumbers(
    db,
    rows.map((r) => r.publishedVersionId),
  );
  // One indexed lookup per endpoint (endpoint_id, received_at) rather than scanning the whole history.
  const latest = await Promise.all(
    rows.map((r) =>
      db.requestLog.findFirst({
        where: { endpointId: r.id },
        orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
        select: { receivedAt: true, status: true },
      }),
    ),
  );
  return rows.map((row, i) => {
    const last = latest[i];
    return {
      ...toEndpoint(row, row.publishedVersionId ? (numbers.get(row.publishedVersionId) ?? null) : null),
      lastRequest: last ? { at: new Date(Number(last.receivedAt)).toISOString(), status: last.status } : null,
    };
  });
}
