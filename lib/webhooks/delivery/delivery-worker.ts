import { newId } from "@/lib/ids";
import { logError } from "@/lib/log";
import { onDeliveriesQueued } from "../wake";
import { claimDeliveries, type TDeliveryClaim } from "./claim-deliveries";
import { DeliveryLeaseLost, processDelivery, type TDeliveryDeps } from "./process-delivery";
import { DELIVERY_TIMEOUT_MS } from "./send-attempt";

export type TDeliveryWorkerOptions = Partial<TDeliveryDeps> &
  Pick<TDeliveryDeps, "fetch" | "store"> & {
    concurrency?: number;
    pollMs?: number;
    /** How due deliveries are leased: through Prisma unless given (server.ts passes the hot path's store). */
    claim?: (claim: TDeliveryClaim) => Promise<string[]>;
  };

/**
 * Sends due deliveries. Every server process runs one; deliveries are leased like background jobs (lib/queue), so
 * several processes share them, each is attempted by one worker at a time, and one whose worker died is taken
 * again when its lease (the delivery timeout plus a margin) has run out.
 */
export class DeliveryWorker {
  readonly id = newId("dwk");
  private active = 0;
  private running = false;
  private wakeUp?: () => void;
  private unsubscribe?: () => void;
  private readonly deps: TDeliveryDeps;
  private readonly concurrency: number;
  private readonly pollMs: number;
  private readonly claim: (claim: TDeliveryClaim) => Promise<string[]>;

  constructor(options: TDeliveryWorkerOptions) {
    this.deps = { now: () => Date.now(), timeoutMs: DELIVERY_TIMEOUT_MS, ...options };
    this.concurrency = options.concurrency ?? 8;
    this.pollMs = options.pollMs ?? 500;
    this.claim = options.claim ?? claimDeliveries;
  }

  private get leaseMs() {
    return (this.deps.timeoutMs ?? DELIVERY_TIMEOUT_MS) + 5_000;
  }

  start() {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = onDeliveriesQueued(() => this.wake());
    void this.loop();
  }

  async stop() {
    this.running = false;
    this.unsubscribe?.();
    this.wake();
    while (this.active > 0) await new Promise((r) => setTimeout(r, 20));
  }

  wake() {
    this.wakeUp?.();
  }

  /** Claims what is due now (by this worker's clock) and attempts it; resolves when those attempts are recorded. */
  async runDue(): Promise<number> {
    const free = this.concurrency - this.active;
    if (free <= 0) return 0;
    const ids = await this.claim({ workerId: this.id, now: this.deps.now(), leaseMs: this.leaseMs, limit: free });
    await Promise.all(ids.map((id) => this.process(id)));
    return ids.length;
  }

  private async process(id: string) {
    this.active++;
    try {
      await processDelivery(id, this.id, this.deps);
    } catch (err) {
      // A lost lease means another worker has it; anything else leaves the lease to run out and the delivery to be retaken.
      if (!(err instanceof DeliveryLeaseLost)) logError(`webhook delivery ${id} failed`, err);
    } finally {
      this.active--;
      this.wake();
    }
  }

  private async loop() {
    while (this.running) {
      try {
        const free = this.concurrency - this.active;
        if (free > 0) {
          const ids = await this.claim({ workerId: this.id, now: this.deps.now(), leaseMs: this.leaseMs, limit: free });
          for (const id of ids) void this.process(id);
          if (ids.length === free) continue;
        }
      } catch (err) {
        logError("webhook delivery worker could not claim deliveries", err);
      }
      await new Promise<void>((resolve) => {
        this.wakeUp = resolve;
        setTimeout(resolve, this.pollMs);
      });
    }
  }
}
