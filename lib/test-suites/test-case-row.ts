import type { Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { ZExpectations, ZTestRequest, type TTestCaseFields, type TTestCaseView } from "@/lib/test-cases/schema";
import type { TTx } from "@/lib/workspaces/bump-revision";

export type TTestCaseRow = {
  id: string;
  name: string;
  position: number;
  request: string;
  expect: string;
  createdAt: Date;
  updatedAt: Date;
};

/** A stored case as the API shows it (defaults filled in for fields added after it was saved). */
export function toTestCase(row: TTestCaseRow): TTestCaseView {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    request: ZTestRequest.parse(JSON.parse(row.request)),
    expect: ZExpectations.parse(JSON.parse(row.expect)),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The stored columns of a case's fields. */
export function caseColumns(fields: TTestCaseFields) {
  return { name: fields.name, request: JSON.stringify(fields.request), expect: JSON.stringify(fields.expect) };
}

/** The endpoint's cases in suite order. */
export async function findTestRows(db: Db | TTx, workspaceId: string, endpointId: string): Promise<TTestCaseRow[]> {
  return db.testCase.findMany({
    where: { workspaceId, endpointId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
}

/** One case of the endpoint, or a 404. */
export async function findTestRow(
  db: Db | TTx,
  workspaceId: string,
  endpointId: string,
  testId: string,
): Promise<TTestCaseRow> {
  const row = await db.testCase.findFirst({ where: { id: testId, endpointId, workspaceId } });
  if (!row) throw notFound(`test "${testId}"`);
  return row;
}
