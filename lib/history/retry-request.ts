import { DomainError, notFound } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { findEndpointRow } from "@/lib/endpoints/endpoint-view";
import { getRuntime } from "@/lib/runtime/runtime";

export type RetryRequestOptions = { workspaceId: string; id: string; requestId: string };

/** A retry queued: the request's id and its new state. */
export type TRetried = { requestId: string; state: "queued" };

/** Puts a finished background run back in the queue (the history's "Retry"); it runs again with fresh attempts. */
export async function retryRequest({ workspaceId, id, requestId }: RetryRequestOptions): Promise<TRetried> {
  const db = getDb();
  await findEndpointRow(db, workspaceId, id);
  const job = await db.job.findFirst({ where: { id: requestId, endpointId: id }, select: { state: true } });
  if (!job) throw notFound(`background run "${requestId}" of endpoint "${id}"`);
  const runtime = getRuntime();
  if (!(await runtime.store.retryJob(requestId, Date.now()))) {
    throw new DomainError("conflict", `request "${requestId}" is ${job.state}; only finished runs can be retried`);
  }
  runtime.worker?.wake();
  return { requestId, state: "queued" };
}
