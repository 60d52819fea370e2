import type { TRequestInfo } from "@/lib/engine/types";

/** `$request` for interpreter unit tests: a JSON POST to an endpoint's public URL with this body. */
export function testRequest(body: string, headers: Record<string, string> = {}): TRequestInfo {
  return {
    url: "https://hooks.example.com/hooks/ep_1",
    method: "POST",
    path: "/hooks/ep_1",
    query: {},
    headers: { "content-type": "application/json", ...headers },
    ip: "127.0.0.1",
    receivedAt: new Date().toISOString(),
    body,
  };
}
