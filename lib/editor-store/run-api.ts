import { ApiError } from "./api-client";
import type { THistoryQuery, TRunApi } from "./run-types";

const id = (s: string) => encodeURIComponent(s);

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`/api/v1${path}`, {
    method,
    headers: body === undefined ? { accept: "application/json" } : { accept: "application/json", "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
  });
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    // A proxy's HTML error page: reported by status below.
  }
  if (!res.ok) {
    const err = (data ?? {}) as { error?: string; errors?: { path?: string; message: string }[] };
    const first = err.errors?.[0];
    const message = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : (err.error ?? `${method} ${path} failed (${res.status})`);
    throw new ApiError(message, res.status, err.errors ?? []);
  }
  return data as T;
}

function queryString(query: THistoryQuery): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== "") search.set(k, String(v));
  return search.size ? `?${search}` : "";
}

/** The test panel's and the history's calls to the management API. */
export const httpRunApi: TRunApi = {
  testRun: (endpointId, body) => call("POST", `/endpoints/${id(endpointId)}/test`, body),
  sign: (endpointId, body) => call("POST", `/endpoints/${id(endpointId)}/sign`, body),
  replay: (endpointId, requestId, body) => call("POST", `/endpoints/${id(endpointId)}/requests/${id(requestId)}/replay`, body),
  listRequests: (endpointId, query) => call("GET", `/endpoints/${id(endpointId)}/requests${queryString(query)}`),
  updateSettings: (endpointId, settings) => call("PATCH", `/endpoints/${id(endpointId)}`, { settings }),
  retry: (endpointId, requestId) => call("POST", `/endpoints/${id(endpointId)}/requests/${id(requestId)}/retry`),
  listenUrl: (endpointId, since) => `/api/v1/endpoints/${id(endpointId)}/listen${since ? `?since=${encodeURIComponent(since)}` : ""}`,
};
