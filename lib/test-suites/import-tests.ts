import { getDb } from "@/lib/db/client";
import { findEndpointRow } from "@/lib/endpoints/endpoint-view";
import { DomainError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { MAX_TEST_CASES, type TTestCaseFields, type TTestCaseView } from "@/lib/test-cases/schema";
import type { TTx } from "@/lib/workspaces/bump-revision";
import { caseColumns, findTestRows, toTestCase } from "./test-case-row";

export type ImportTestsOptions = { workspaceId: string; endpointId: string; tests: readonly TTestCaseFields[] };

export type TImportTestsResult = { tests: TTestCaseView[]; added: number; replaced: number };

/**
 * Brings a suite in with an imported stack (or a new endpoint's starter), in one transaction: a case named like
 * one already in the suite replaces it, the others are added at the end.
 */
export async function importTestsTx(
  tx: TTx,
  { workspaceId, endpointId, tests }: ImportTestsOptions,
): Promise<TImportTestsResult> {
  const existing = await findTestRows(tx, workspaceId, endpointId);
  const byName = new Map(existing.map((row) => [row.name, row]));
  let position = existing.reduce((max, row) => Math.max(max, row.position), -1);
  let added = 0;
  let replaced = 0;
  for (const test of tests) {
    const same = byName.get(test.name);
    if (same) {
      await tx.testCase.update({ where: { id: same.id }, data: caseColumns(test) });
      replaced++;
    } else {
      const row = await tx.testCase.create({
        data: { id: newId("tst"), workspaceId, endpointId, position: ++position, ...caseColumns(test) },
      });
      byName.set(row.name, row);
      added++;
    }
  }
  if (existing.length + added > MAX_TEST_CASES)
    throw new DomainError("conflict", `an endpoint holds at most ${MAX_TEST_CASES} tests`);
  return { tests: (await findTestRows(tx, workspaceId, endpointId)).map(toTestCase), added, replaced };
}

export async function importTests(o: ImportTestsOptions): Promise<TImportTestsResult> {
  return getDb().$transaction(async (tx) => {
    await findEndpointRow(tx, o.workspaceId, o.endpointId);
    return importTestsTx(tx, o);
  });
}
