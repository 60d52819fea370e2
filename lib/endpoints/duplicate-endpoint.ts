import { getDb } from "@/lib/db/client";
import { newId } from "@/lib/ids";
import { findEndpointRow, toEndpoint, type TEndpointView } from "./endpoint-view";

export type DuplicateEndpointOptions = { workspaceId: string; id: string };

const MAX_NAME = 100;
const SUFFIX = " copy";

/** A new endpoint with the same draft and settings, named "<name> copy"; versions and history are not copied. */
export async function duplicateEndpoint({ workspaceId, id }: DuplicateEndpointOptions): Promise<TEndpointView> {
  const db = getDb();
  const source = await findEndpointRow(db, workspaceId, id);
  const row = await db.endpoint.create({
    data: {
      id: newId("ep"),
      workspaceId,
      name: source.name.slice(0, MAX_NAME - SUFFIX.length) + SUFFIX,
      enabled: source.enabled,
      draftGraph: source.draftGraph,
      settings: source.settings,
    },
  });
  return toEndpoint(row, null);
}
