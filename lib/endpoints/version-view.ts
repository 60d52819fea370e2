import { notFound } from "@/lib/errors";
import type { Db } from "@/lib/db/client";
import type { TTx } from "@/lib/workspaces/bump-revision";
import type { TSuiteRecord } from "@/lib/test-cases/types";

export type TVersionSummary = {
  number: number;
  createdAt: string;
  createdBy: string;
  isPublished: boolean;
  note: string | null;
  /** The test suite's result when it was published (null: the endpoint had no tests then). */
  tests: TSuiteRecord | null;
};

export type TVersionRow = {
  id: string;
  version: number;
  createdAt: Date;
  createdBy: string;
  note: string | null;
  testSuite: string | null;
};

export function toVersionSummary(row: TVersionRow, publishedVersionId: string | null): TVersionSummary {
  return {
    number: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    isPublished: row.id === publishedVersionId,
    note: row.note,
    tests: row.testSuite ? (JSON.parse(row.testSuite) as TSuiteRecord) : null,
  };
}

/** A version of an endpoint by its number, or a 404. */
export async function findVersionRow(db: Db | TTx, endpointId: string, number: number) {
  const row = await db.endpointVersion.findUnique({ where: { endpointId_version: { endpointId, version: number } } });
  if (!row) throw notFound(`version ${number} of endpoint "${endpointId}"`);
  return row;
}

/** Version numbers by version id, for rows that name a version (the one published, or the one that ran). */
export async function versionNumbers(db: Db | TTx, ids: Iterable<string | null>): Promise<Map<string, number>> {
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.endpointVersion.findMany({
    where: { id: { in: wanted } },
    select: { id: true, version: true },
  });
  return new Map(rows.map((v) => [v.id, v.version]));
}
