/** `0.42 ms`, `12 ms`, `1.3 s`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return "";
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

const REASONS: Record<number, string> = {
  200: "OK",
  201: "Created",
  202: "Accepted",
  204: "No Content",
  301: "Moved Permanently",
  302: "Found",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

export function statusText(status: number | null): string {
  return status === null ? "pending" : (REASONS[status] ?? "");
}

/** A response or request body as text: JSON pretty-printed, strings as they are. */
export function bodyText(body: unknown): string {
  if (body === undefined || body === "") return "";
  if (typeof body === "string") return body;
  return JSON.stringify(body, null, 2);
}

/** Parses a text body for the tree view when it is JSON. */
export function parsedBody(text: string): { isJson: true; value: unknown } | { isJson: false } {
  const trimmed = text.trim();
  if (!trimmed || !"{[".includes(trimmed[0]!)) return { isJson: false };
  try {
    return { isJson: true, value: JSON.parse(trimmed) };
  } catch {
    return { isJson: false };
  }
}
