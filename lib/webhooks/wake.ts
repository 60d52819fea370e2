const KEY = Symbol.for("hookstack.webhookWake");
type Holder = { [KEY]?: Set<() => void> };

const listeners = () => ((globalThis as Holder)[KEY] ??= new Set());

/** Tells this process's delivery worker that deliveries were queued, so it need not wait for its next poll. */
export function deliveriesQueued(): void {
  for (const wake of listeners()) wake();
}

export function onDeliveriesQueued(wake: () => void): () => void {
  listeners().add(wake);
  return () => listeners().delete(wake);
}
