import { getDb } from "@/lib/db/client";
import { findEndpointRow } from "@/lib/endpoints/endpoint-view";
import type { TTestCaseView } from "@/lib/test-cases/schema";
import { findTestRows, toTestCase } from "./test-case-row";

export type ListTestsOptions = { workspaceId: string; endpointId: string };

/** The endpoint's test suite, in order. */
export async function listTests({ workspaceId, endpointId }: ListTestsOptions): Promise<TTestCaseView[]> {
  const db = getDb();
  await findEndpointRow(db, workspaceId, endpointId);
  return (await findTestRows(db, workspaceId, endpointId)).map(toTestCase);
}
