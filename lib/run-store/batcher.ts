/**
 * Batching of database work across concurrent requests, as group commit does: items submitted while earlier
 * batches are in flight wait and go together, in one statement or transaction, as soon as a slot frees. At low
 * load an item starts at once (no added latency); under load one round trip, one WAL flush and one pooled
 * connection serve a whole batch instead of one item each. Every item of a batch was submitted before the batch
 * was sent, so a read batch sees everything committed before any of its items was asked for.
 *
 * A batch is all or nothing. When it fails for any reason (a unique value taken, a record changed meanwhile, a
 * job's lease lost, a deadlock between batches), nothing of it was written and every item of it is written again
 * on its own, concurrently, as it would have been without batching: each gets exactly its own result or error.
 */
export type TBatchWriter<I, R> = {
  /** Writes every item in one transaction and returns their results in order, or throws having written nothing. */
  batch(items: I[]): Promise<R[]>;
  /** Writes one item on its own: its result, or its own error. */
  one(item: I): Promise<R>;
};

export type TBatcherOptions = {
  /** Batches written at the same time (each holds one pooled connection). */
  maxInFlight: number;
  /** The most items written by one transaction. */
  maxBatch: number;
};

type Waiter<I, R> = { item: I; resolve(result: R): void; reject(err: unknown): void };

export class Batcher<I, R> {
  private readonly queue: Waiter<I, R>[] = [];
  private inFlight = 0;
  /** Figures for tests and the bench: how many batches and single commits were written. */
  readonly stats = { batches: 0, batchedItems: 0, singles: 0, fallbacks: 0 };

  constructor(
    private readonly writer: TBatchWriter<I, R>,
    private readonly options: TBatcherOptions,
  ) {}

  submit(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump() {
    while (this.inFlight < this.options.maxInFlight && this.queue.length) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.inFlight++;
      void this.write(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async write(batch: Waiter<I, R>[]) {
    if (batch.length > 1) {
      let results: R[] | undefined;
      try {
        results = await this.writer.batch(batch.map((w) => w.item));
      } catch {
        // Nothing was written: each item on its own below, so each gets its own result.
        this.stats.fallbacks++;
      }
      if (results) {
        this.stats.batches++;
        this.stats.batchedItems += batch.length;
        batch.forEach((w, i) => w.resolve(results[i]!));
        return;
      }
    }
    this.stats.singles += batch.length;
    await Promise.all(
      batch.map(async (w) => {
        try {
          w.resolve(await this.writer.one(w.item));
        } catch (err) {
          w.reject(err);
        }
      }),
    );
  }
}
