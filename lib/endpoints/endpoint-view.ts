import type { Db } from "@/lib/db/client";
import type { TTx } from "@/lib/workspaces/bump-revision";
import { notFound } from "@/lib/errors";
import { parseSettings, type TEndpointSettings } from "@/lib/settings/endpoint-settings";
import type { TGraph } from "@/lib/graph/schema";
import type { TGraphProblems } from "@/lib/graph/validate";

/** An endpoint as the API shows it (the route adds `url`, which depends on the origin). */
export type TEndpointView = {
  id: string;
  name: string;
  enabled: boolean;
  draft: unknown;
  publishedVersion: number | null;
  settings: TEndpointSettings;
  createdAt: string;
  updatedAt: string;
};

/** An endpoint whose draft was just checked (a draft save, a restore): the draft as parsed, and what the validator found. */
export type TCheckedEndpointView = TEndpointView & { draft: TGraph; problems: TGraphProblems };

export type TEndpointRow = {
  id: string;
  name: string;
  enabled: boolean;
  draftGraph: string;
  publishedVersionId: string | null;
  settings: string;
  createdAt: Date;
  updatedAt: Date;
};

export function toEndpoint(row: TEndpointRow, publishedVersion: number | null): TEndpointView {
  return {
    id: row.id,
    name: row.name,
    enabled: row.enabled,
    draft: JSON.parse(row.draftGraph),
    publishedVersion,
    settings: parseSettings(row.settings),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The endpoint's row in this workspace, or a 404. */
export async function findEndpointRow(db: Db | TTx, workspaceId: string, id: string) {
  const row = await db.endpoint.findFirst({ where: { id, workspaceId } });
  if (!row) throw notFound(`endpoint "${id}"`);
  return row;
}

export async function publishedNumber(
  db: Db | TTx,
  row: Pick<TEndpointRow, "publishedVersionId">,
): Promise<number | null> {
  if (!row.publishedVersionId) return null;
  const version = await db.endpointVersion.findUnique({
    where: { id: row.publishedVersionId },
    select: { version: true },
  });
  return version?.version ?? null;
}

/** Loads an endpoint in the API's shape, or a 404. */
export async function loadEndpoint(db: Db | TTx, workspaceId: string, id: string): Promise<TEndpointView> {
  const row = await findEndpointRow(db, workspaceId, id);
  return toEndpoint(row, await publishedNumber(db, row));
}
