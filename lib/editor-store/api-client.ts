import type { TGraph } from "@/lib/graph/schema";
import type { TCheckedEndpointView } from "@/lib/endpoints/endpoint-view";
import type { TVersionDetail } from "@/lib/endpoints/get-version";
import type { TEndpointListItem } from "@/lib/endpoints/list-endpoints";
import type { TPresentedEndpoint } from "@/lib/endpoints/present-endpoint";
import type { TVersionSummary } from "@/lib/endpoints/version-view";
import type { TEnvVarView } from "@/lib/env/env-name";
import type { TTableView } from "@/lib/tables/table-view";
import type { TEditorApi, TPublishOptions, TTableInfo } from "./types";

/** A failed management API call, with the message the API gave (its first `errors` entry) or the status. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: { path?: string; message: string }[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const API_BASE = "/api/v1";

/** One management API call: JSON in and out; a failure throws an ApiError with the API's message. */
export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${API_BASE}${path}`, {
    method,
    headers:
      body === undefined
        ? { accept: "application/json" }
        : { accept: "application/json", "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
  });
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (a proxy's error page): reported below by status.
  }
  if (!res.ok) {
    const data = (json ?? {}) as { errors?: { path?: string; message: string }[]; error?: string };
    const errors = Array.isArray(data.errors) ? data.errors : [];
    const first = errors[0];
    const message = first
      ? first.path
        ? `${first.path}: ${first.message}`
        : first.message
      : (data.error ?? `${method} ${path} failed (${res.status})`);
    throw new ApiError(message, res.status, errors);
  }
  return json as T;
}

/** An id as one path segment. */
export const id = (s: string) => encodeURIComponent(s);

/** The management API's answers, typed with the server's own view types (what its routes return). */
export const hookstackApi = {
  listEndpoints: async () =>
    (await call<{ endpoints: TPresentedEndpoint<TEndpointListItem>[] }>("GET", "/endpoints")).endpoints,
  getEndpoint: (endpointId: string) => call<TPresentedEndpoint>("GET", `/endpoints/${id(endpointId)}`),
  createEndpoint: (input: { name: string; graph?: TGraph; starter?: string }) =>
    call<TPresentedEndpoint>("POST", "/endpoints", input),
  updateEndpoint: (endpointId: string, patch: { name?: string; enabled?: boolean }) =>
    call<TPresentedEndpoint>("PATCH", `/endpoints/${id(endpointId)}`, patch),
  deleteEndpoint: async (endpointId: string) => {
    await call<unknown>("DELETE", `/endpoints/${id(endpointId)}`);
  },
  duplicateEndpoint: (endpointId: string) => call<TPresentedEndpoint>("POST", `/endpoints/${id(endpointId)}/duplicate`),
  saveDraft: (endpointId: string, graph: TGraph) =>
    call<TPresentedEndpoint<TCheckedEndpointView>>("PUT", `/endpoints/${id(endpointId)}/graph`, {
      graph,
      allowErrors: true,
    }),
  publish: (endpointId: string, options?: TPublishOptions) => {
    const body = {
      ...(options?.note ? { note: options.note } : {}),
      ...(options?.overrideTests ? { overrideTests: true } : {}),
    };
    return call<TPresentedEndpoint>("POST", `/endpoints/${id(endpointId)}/publish`, body);
  },
  listVersions: async (endpointId: string) =>
    (await call<{ versions: TVersionSummary[] }>("GET", `/endpoints/${id(endpointId)}/versions`)).versions,
  // A version's graph passed validation when it was published.
  getVersion: (endpointId: string, version: number) =>
    call<TVersionDetail & { graph: TGraph }>("GET", `/endpoints/${id(endpointId)}/versions/${version}`),
  restoreVersion: (endpointId: string, version: number) =>
    call<TPresentedEndpoint<TCheckedEndpointView>>("POST", `/endpoints/${id(endpointId)}/versions/${version}/restore`),
  listEnvNames: async () => (await call<{ variables: TEnvVarView[] }>("GET", "/env")).variables.map((v) => v.name),
  setEnv: async (name: string, value: string) => {
    // Create only: the server answers 409 rather than replace a variable that may be a live secret.
    await call("POST", "/env", { name, value });
  },
  listTables: async () => (await call<{ tables: TTableView[] }>("GET", "/tables")).tables,
  createTable: (table: TTableInfo) => call<TTableView>("POST", "/tables", table),
} satisfies TEditorApi & Record<string, unknown>;
