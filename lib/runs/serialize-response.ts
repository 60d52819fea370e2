import type { THttpResponse } from "@/lib/engine/types";

export type TWireResponse = { status: number; headers: Record<string, string>; body: string };

/** Text bodies go out as they are; anything else as JSON (the content type says which, unless the stack set one). */
export function serializeResponse(response: THttpResponse): TWireResponse {
  const headers = { ...response.headers };
  const { body } = response;
  if (body === undefined || body === null) return { status: response.status, headers, body: "" };
  if (typeof body === "string") {
    headers["content-type"] ??= "text/plain; charset=utf-8";
    return { status: response.status, headers, body };
  }
  headers["content-type"] ??= "application/json; charset=utf-8";
  return { status: response.status, headers, body: JSON.stringify(body) };
}
