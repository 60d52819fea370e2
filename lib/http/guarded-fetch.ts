import type { TOutboundRequest, TOutboundResponse } from "@/lib/engine/services";

/**
 * Outbound HTTP for `externalRequest`: a time limit and a cap on the bytes read.
 * TODO(#5): SSRF guard (private/loopback/metadata addresses refused after DNS, pinned, on every redirect).
 */
export async function guardedFetch(req: TOutboundRequest): Promise<TOutboundResponse> {
  const url = new URL(req.url);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`only http and https URLs can be called`);
  const timeout = AbortSignal.timeout(req.timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, {
      method: req.method,
      headers: req.headers,
      body: req.body,
      signal: AbortSignal.any([req.signal, timeout]),
      redirect: "follow",
    });
  } catch (err) {
    if (timeout.aborted) throw new Error(`the request to ${url.host} timed out after ${req.timeoutMs} ms`);
    throw new Error(`the request to ${url.host} failed: ${(err as Error).cause ?? (err as Error).message}`);
  }
  const body = await readCapped(res, req.maxBytes, url.host);
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => (headers[k] = v));
  return { status: res.status, headers, body };
}

async function readCapped(res: Response, maxBytes: number, host: string): Promise<string> {
  const declared = Number(res.headers.get("content-length") ?? "NaN");
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw new Error(`the answer from ${host} is larger than the ${maxBytes}-byte limit`);
  }
  if (!res.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new Error(`the answer from ${host} is larger than the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
