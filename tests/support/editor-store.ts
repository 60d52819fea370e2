import { vi } from "vitest";
import type { TGraph } from "@/lib/graph/schema";
import { createEditorStore } from "@/lib/editor-store/create-editor-store";
import type { TEditorApi, TEndpoint } from "@/lib/editor-store/types";

export const EXAMPLE: TGraph = {
  version: 1,
  nodes: [
    { id: "start", type: "webhook", position: { x: 0, y: 0 }, config: {} },
    { id: "raw", type: "getRawInput", position: { x: 300, y: 0 }, config: { encoding: "json", as: "payload" } },
    { id: "ok", type: "response", position: { x: 600, y: 0 }, config: { status: "200" } },
  ],
  edges: [
    { source: "start", sourceHandle: "next", target: "raw" },
    { source: "raw", sourceHandle: "next", target: "ok" },
  ],
};

export function fakeApi(overrides: Partial<TEditorApi> = {}): TEditorApi {
  return {
    saveDraft: vi.fn(async (id: string, graph: TGraph) => ({ ...endpointWith(graph), id })),
    publish: vi.fn(async () => ({ ...endpointWith(EXAMPLE), publishedVersion: 1 })),
    listVersions: vi.fn(async () => [{ version: 1, createdAt: "2026-01-01T00:00:00Z", createdBy: "you", note: null }]),
    getVersion: vi.fn(async (_id: string, version: number) => ({ version, graph: EXAMPLE, settings: {}, note: null })),
    restoreVersion: vi.fn(async () => endpointWith(EXAMPLE)),
    updateEndpoint: vi.fn(async (_id: string, patch: { name?: string }) => ({ ...endpointWith(EXAMPLE), ...patch })),
    listEnvNames: vi.fn(async () => ["STRIPE_SECRET"]),
    setEnv: vi.fn(async () => undefined),
    listTables: vi.fn(async () => [{ name: "invoice_lines", fields: [{ name: "amount", type: "integer" as const }] }]),
    createTable: vi.fn(async (table) => table),
    ...overrides,
  };
}

export function endpointWith(graph: TGraph): TEndpoint {
  const at = "2026-01-01T00:00:00.000Z";
  return {
    id: "ep_1",
    name: "Stripe invoices",
    url: "http://localhost/hooks/ep_1",
    enabled: true,
    draft: graph,
    publishedVersion: null,
    settings: {},
    createdAt: at,
    updatedAt: at,
  };
}

export function makeStore(graph: TGraph = EXAMPLE, api: TEditorApi = fakeApi()) {
  return createEditorStore({ endpoint: endpointWith(graph), api });
}
