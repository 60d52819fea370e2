import { getDb } from "@/lib/db/client";
import { findEndpointRow } from "./endpoint-view";
import { findVersionRow, toVersionSummary, type TVersionSummary } from "./version-view";

export type GetVersionOptions = { workspaceId: string; id: string; number: number };

export type TVersionDetail = TVersionSummary & {
  graph: unknown;
  /** The endpoint's settings when this version was published; null for versions published before they were kept. */
  settings: Record<string, unknown> | null;
};

/** One version with its (immutable) graph and the settings it was published with. */
export async function getVersion({ workspaceId, id, number }: GetVersionOptions): Promise<TVersionDetail> {
  const db = getDb();
  const endpoint = await findEndpointRow(db, workspaceId, id);
  const row = await findVersionRow(db, id, number);
  const settings = row.settings === null ? null : (JSON.parse(row.settings) as Record<string, unknown>);
  return { ...toVersionSummary(row, endpoint.publishedVersionId), graph: JSON.parse(row.graph), settings };
}
