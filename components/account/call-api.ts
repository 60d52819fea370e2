/** A JSON call to the management API from a page (the session cookie goes along; the browser adds Origin). */
export async function callApi<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`/api/v1${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!res.ok) throw new Error((data as { error?: string } | undefined)?.error ?? `HTTP ${res.status}`);
  return data as T;
}
