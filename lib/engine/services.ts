import type { TRecordReader } from "@/lib/records/types";
import type { TTable } from "@/lib/table-schema/field-types";
import type { THttpResponse } from "./types";

export type TOutboundRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  maxBytes: number;
  signal: AbortSignal;
};

export type TOutboundResponse = { status: number; headers: Record<string, string>; body: string };

/** What executors may reach outside the run. The caller supplies it: the real database, or test doubles. */
export type TRunServices = {
  findTable(name: string): Promise<TTable | undefined>;
  /** True when a committed record already holds this value in a unique field (checked again at commit). */
  isUniqueValueTaken(tableId: string, field: string, value: string): Promise<boolean>;
  /** Committed records; a run reads them through its record session (lib/records/session.ts). */
  records: TRecordReader;
  fetch(request: TOutboundRequest): Promise<TOutboundResponse>;
  dedupe: TDedupeService;
};

export type TDedupeCheck = { duplicate: false } | { duplicate: true; response: THttpResponse; firstRequestId: string };

/** Idempotency keys of one endpoint. A claim is kept only if the run succeeds; a failed run releases it. */
export type TDedupeService = {
  /** Claims the key for this run, or answers the first delivery's response (waiting while that one still runs). */
  claim(key: string, windowMs: number): Promise<TDedupeCheck>;
  /** Looks without claiming (dry runs). */
  peek(key: string): Promise<TDedupeCheck>;
};
