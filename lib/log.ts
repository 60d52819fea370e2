import { randomUUID } from "node:crypto";

/** Logs an unexpected error with an id the user can quote; the id is what callers see, never the error itself. */
export function logError(context: string, err: unknown): string {
  const id = randomUUID();
  console.error(`[${new Date().toISOString()}] ${context} (errorId ${id}):`, err);
  return id;
}
