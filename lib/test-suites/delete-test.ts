import { getDb } from "@/lib/db/client";
import { findTestRow } from "./test-case-row";

export type DeleteTestOptions = { workspaceId: string; endpointId: string; testId: string };

/** Removes a case from the suite. */
export async function deleteTest({ workspaceId, endpointId, testId }: DeleteTestOptions): Promise<void> {
  const db = getDb();
  await findTestRow(db, workspaceId, endpointId, testId);
  await db.testCase.deleteMany({ where: { id: testId, endpointId, workspaceId } });
}
