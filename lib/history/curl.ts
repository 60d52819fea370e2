/** A shell word in single quotes (a quote inside becomes '\''). */
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The request as a curl command against `origin`, with its exact body. Redacted headers stay `[redacted]`: the
 * history never keeps a signature, so whoever runs it must sign it again (or the endpoint refuses it).
 */
export function curlCommand(
  origin: string,
  request: {
    method: string;
    path: string;
    query: Record<string, string | string[]>;
    headers: Record<string, string>;
    body: string;
  },
): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(request.query)) for (const one of [v].flat()) query.append(k, one);
  const url = `${origin}${request.path}${query.size ? `?${query}` : ""}`;
  const skip = new Set(["host", "content-length", "connection", "accept-encoding"]);
  const headers = Object.entries(request.headers)
    .filter(([k]) => !skip.has(k))
    .map(([k, v]) => ` \\\n  -H ${quote(`${k}: ${v}`)}`);
  const body = request.body ? ` \\\n  --data-binary ${quote(request.body)}` : "";
  return `curl -X ${request.method} ${quote(url)}${headers.join("")}${body}`;
}
