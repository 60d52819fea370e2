import type { TDedupeCheck, TDedupeService } from "@/lib/engine/services";
import { NodeHalt } from "@/lib/engine/errors";
import type { THttpResponse } from "@/lib/engine/types";
import type { TDedupeRow, TRunStore } from "@/lib/run-store/types";

const POLL_MS = 25;
/**
 * How long a copy waits on a claim whose holder is not running in this process: it may be a run that died (its
 * claim is freed when the lease ends) or one in another process. Past this, the copy gets a prompt 409 with
 * Retry-After at the lease's end instead of hanging.
 */
const FOREIGN_WAIT_MS = 2_000;

function asCheck(row: TDedupeRow): TDedupeCheck {
  return { duplicate: true, firstRequestId: row.requestId, response: JSON.parse(row.response!) as THttpResponse };
}

/**
 * Dedupe keys for one run. A copy that arrives while the first delivery still runs waits for its answer rather
 * than running again; `claimed` lists the keys the run must confirm (on success) or release (on failure).
 */
export function createDedupeService(o: {
  store: TRunStore;
  endpointId: string;
  requestId: string;
  /** When the run must give up waiting. */
  deadline: number;
  /** A pending claim older than this many ms belongs to a run that died. */
  staleAfterMs: number;
  /** True while the run with this id is going on in this process. */
  isRunning(requestId: string): boolean;
}) {
  const claimed: string[] = [];
  const service: TDedupeService = {
    async claim(key, windowMs) {
      const since = Date.now();
      for (;;) {
        const now = Date.now();
        const row = await o.store.claimDedupeKey({
          endpointId: o.endpointId,
          key,
          requestId: o.requestId,
          now,
          expiresAt: now + windowMs,
          staleBefore: now - o.staleAfterMs,
        });
        if (row === "claimed") {
          claimed.push(key);
          return { duplicate: false };
        }
        if (row.requestId === o.requestId) return { duplicate: false };
        if (row.status === "done" && row.response) return asCheck(row);
        const leaseEnds = row.createdAt + o.staleAfterMs;
        const waitedTooLong = !o.isRunning(row.requestId) && Date.now() - since >= FOREIGN_WAIT_MS;
        if (waitedTooLong || Date.now() + POLL_MS > o.deadline) {
          const retryAfter = String(Math.max(1, Math.ceil((leaseEnds - Date.now()) / 1000)));
          throw new NodeHalt(409, "a delivery with this key is still being processed; retry later", `key ${key}`, {
            "retry-after": retryAfter,
          });
        }
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
    },
    async peek(key) {
      const row = await o.store.getDedupeKey(o.endpointId, key, Date.now());
      return row?.status === "done" && row.response ? asCheck(row) : { duplicate: false };
    },
  };
  return { service, claimed };
}
