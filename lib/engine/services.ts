import type { TTable } from "@/lib/tables/field-types";

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
  fetch(request: TOutboundRequest): Promise<TOutboundResponse>;
};
