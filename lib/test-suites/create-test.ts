import { getDb } from "@/lib/db/client";
import { findEndpointRow } from "@/lib/endpoints/endpoint-view";
import { DomainError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { MAX_TEST_CASES, type TTestCaseFields, type TTestCaseView } from "@/lib/test-cases/schema";
import { caseColumns, toTestCase } from "./test-case-row";

export type CreateTestOptions = { workspaceId: string; endpointId: string; test: TTestCaseFields };

/** Adds a case at the end of the endpoint's suite. */
export async function createTest({ workspaceId, endpointId, test }: CreateTestOptions): Promise<TTestCaseView> {
  return getDb().$transaction(async (tx) => {
    await findEndpointRow(tx, workspaceId, endpointId);
    const count = await tx.testCase.count({ where: { endpointId } });
    if (count >= MAX_TEST_CASES) throw new DomainError("conflict", `an endpoint holds at most ${MAX_TEST_CASES} tests`);
    const last = await tx.testCase.aggregate({ where: { endpointId }, _max: { position: true } });
    const row = await tx.testCase.create({
      data: {
        id: newId("tst"),
        workspaceId,
        endpointId,
        position: (last._max.position ?? -1) + 1,
        ...caseColumns(test),
      },
    });
    return toTestCase(row);
  });
}
