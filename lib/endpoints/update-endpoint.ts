import { getDb } from "@/lib/db/client";
import { findEndpointRow, publishedNumber, toEndpoint, type TEndpointView } from "./endpoint-view";
import type { TUpdateEndpointBody } from "./schemas";

export type UpdateEndpointOptions = TUpdateEndpointBody & { workspaceId: string; id: string };

/** Renames, enables or disables an endpoint, or replaces its settings. The draft and versions are untouched. */
export async function updateEndpoint({
  workspaceId,
  id,
  name,
  enabled,
  settings,
}: UpdateEndpointOptions): Promise<TEndpointView> {
  const db = getDb();
  await findEndpointRow(db, workspaceId, id);
  const row = await db.endpoint.update({
    where: { id },
    data: { name, enabled, settings: settings === undefined ? undefined : JSON.stringify(settings) },
  });
  return toEndpoint(row, await publishedNumber(db, row));
}
