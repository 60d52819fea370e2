import { vi } from "vitest";
import type { TGraph } from "@/lib/graph/schema";
import { createEditorStore } from "@/lib/editor-store/create-editor-store";
import type { TEditorApi, TEndpoint, TTableInfo } from "@/lib/editor-store/types";
import type { TGraphProblems } from "@/lib/graph/validate";
import type { TTableView } from "@/lib/tables/table-view";

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

/** The editor's server calls, answering what the routes answer (the server's view types). */
export function fakeApi(overrides: Partial<TEditorApi> = {}): TEditorApi {
  return {
    saveDraft: vi.fn(async (id: string, graph: TGraph) => ({ ...checkedEndpointWith(graph), id })),
    publish: vi.fn(async () => ({ ...endpointWith(EXAMPLE), publishedVersion: 1 })),
    listVersions: vi.fn(async () => [
      { number: 1, createdAt: AT, createdBy: "you", isPublished: true, note: null, tests: null },
    ]),
    getVersion: vi.fn(async (_id: string, number: number) => ({ number, graph: EXAMPLE, settings: {}, note: null })),
    restoreVersion: vi.fn(async () => checkedEndpointWith(EXAMPLE)),
    updateEndpoint: vi.fn(async (_id: string, patch: { name?: string }) => ({ ...endpointWith(EXAMPLE), ...patch })),
    listEnvNames: vi.fn(async () => ["STRIPE_SECRET"]),
    setEnv: vi.fn(async () => undefined),
    listTables: vi.fn(async () => [tableView("invoice_lines", [{ name: "amount", type: "integer" }])]),
    createTable: vi.fn(async (table: TTableInfo) => tableView(table.name, table.fields)),
    ...overrides,
  };
}

const AT = "2026-01-01T00:00:00.000Z";

/** A table as GET /tables answers it. */
function tableView(name: string, fields: TTableInfo["fields"]): TTableView {
  return {
    id: `tbl_${name}`,
    name,
    fields: fields.map((f) => ({ required: false, unique: false, ...f })),
    createdAt: AT,
    recordCount: 0,
  };
}

/** An endpoint as a draft save or a restore answers it: with what the validator found. */
export function checkedEndpointWith(graph: TGraph, problems: TGraphProblems = { errors: [], warnings: [] }) {
  return { ...endpointWith(graph), problems };
}

export function endpointWith(graph: TGraph): TEndpoint {
  const at = AT;
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
