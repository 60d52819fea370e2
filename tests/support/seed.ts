import { expect } from "vitest";
import type { TTestServer } from "./test-server";
import { REFERENCE_GRAPH, INVOICE_LINES_TABLE } from "../../bench/reference-graph";

export const STRIPE_SECRET = "whsec_integration_secret_42";

/** Creates an endpoint with `graph` through the API and publishes it; returns its id and public path. */
export async function publishEndpoint(server: TTestServer, graph: unknown, settings?: Record<string, unknown>) {
  const created = await server.api("POST", "/api/v1/endpoints", { name: "test endpoint", graph });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  if (settings) {
    const patched = await server.api("PATCH", `/api/v1/endpoints/${created.body.id}`, { settings });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
  }
  const published = await server.api("POST", `/api/v1/endpoints/${created.body.id}/publish`);
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  return { id: created.body.id as string, path: `/hooks/${created.body.id}` };
}

/** The contract's example receiver, its table and its secret. */
export async function seedStripeReceiver(
  server: TTestServer,
  settings?: Record<string, unknown>,
  tableName = "invoice_lines",
) {
  const table = await server.api("POST", "/api/v1/tables", { ...INVOICE_LINES_TABLE, name: tableName });
  expect([201, 409]).toContain(table.status);
  const env = await server.api("PUT", "/api/v1/env/STRIPE_SECRET", { value: STRIPE_SECRET });
  expect(env.status).toBeLessThan(300);
  const graph = JSON.parse(JSON.stringify(REFERENCE_GRAPH).replaceAll('"invoice_lines"', JSON.stringify(tableName)));
  return publishEndpoint(server, graph, settings);
}

export async function allRecords(server: TTestServer, table: string): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  let cursor: string | undefined;
  for (;;) {
    const res = await server.api(
      "GET",
      `/api/v1/tables/${table}/records?limit=200${cursor ? `&cursor=${cursor}` : ""}`,
    );
    expect(res.status).toBe(200);
    out.push(...res.body.records);
    cursor = res.body.nextCursor ?? undefined;
    if (!cursor) return out;
  }
}

export async function history(server: TTestServer, endpointId: string, query = ""): Promise<any[]> {
  const res = await server.api("GET", `/api/v1/endpoints/${endpointId}/requests?limit=200${query}`);
  expect(res.status).toBe(200);
  return res.body.requests;
}

export async function waitUntil<T>(
  fn: () => Promise<T | undefined | false>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
