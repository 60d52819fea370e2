import { getDb } from "@/lib/db/client";
import type { TTestCaseFields, TTestCaseView } from "@/lib/test-cases/schema";
import { caseColumns, findTestRow, toTestCase } from "./test-case-row";

export type UpdateTestOptions = { workspaceId: string; endpointId: string; testId: string; test: TTestCaseFields };

/** Replaces a case's name, request and expectations (its place in the suite stays). */
export async function updateTest({ workspaceId, endpointId, testId, test }: UpdateTestOptions): Promise<TTestCaseView> {
  return getDb().$transaction(async (tx) => {
    await findTestRow(tx, workspaceId, endpointId, testId);
    return toTestCase(await tx.testCase.update({ where: { id: testId }, data: caseColumns(test) }));
  });
}
