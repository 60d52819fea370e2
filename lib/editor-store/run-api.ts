import { API_BASE, call, id } from "./api-client";
import type { THistoryQuery, TRunApi } from "./run-types";

function queryString(query: THistoryQuery): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== "") search.set(k, String(v));
  return search.size ? `?${search}` : "";
}

/** The test panel's and the history's calls to the management API. */
export const httpRunApi: TRunApi = {
  testRun: (endpointId, body) => call("POST", `/endpoints/${id(endpointId)}/test`, body),
  sign: (endpointId, body) => call("POST", `/endpoints/${id(endpointId)}/sign`, body),
  replay: (endpointId, requestId, body) =>
    call("POST", `/endpoints/${id(endpointId)}/requests/${id(requestId)}/replay`, body),
  listRequests: (endpointId, query) => call("GET", `/endpoints/${id(endpointId)}/requests${queryString(query)}`),
  updateSettings: (endpointId, settings) => call("PATCH", `/endpoints/${id(endpointId)}`, { settings }),
  retry: (endpointId, requestId) => call("POST", `/endpoints/${id(endpointId)}/requests/${id(requestId)}/retry`),
  listenUrl: (endpointId, since) =>
    `${API_BASE}/endpoints/${id(endpointId)}/listen${since ? `?since=${encodeURIComponent(since)}` : ""}`,
};
