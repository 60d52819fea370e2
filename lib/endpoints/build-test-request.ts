import { z } from "zod";
import type { TRequestInfo } from "@/lib/engine/types";
import { RESERVED_KEYS } from "@/lib/nodes/fields";
import { ZGraphBody } from "./schemas";

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,200}$/;

export const ZTestEndpointBody = z.object({
  headers: z
    .record(
      z
        .string()
        .regex(HEADER_NAME, "header names are HTTP tokens")
        .refine((k) => !RESERVED_KEYS.has(k), "header name is reserved"),
      z.union([z.string(), z.number(), z.boolean()]).transform(String),
    )
    .optional(),
  /** The raw body as text, or any other JSON value, sent as its JSON text. */
  body: z.unknown().optional(),
  dryRun: z.boolean({ error: "dryRun must be true or false" }).default(false),
  /** Editor extension: run this unsaved graph instead of the saved draft. */
  graph: ZGraphBody.optional(),
  method: z
    .string()
    .regex(/^[A-Za-z]{1,16}$/, "method must be an HTTP method such as POST")
    .transform((m) => m.toUpperCase())
    .default("POST"),
  query: z
    .record(
      z.string().refine((k) => !RESERVED_KEYS.has(k), "query name is reserved"),
      z.union([z.string(), z.array(z.string())]),
    )
    .optional(),
});

export type TTestEndpointBody = z.infer<typeof ZTestEndpointBody>;

export type TBuildTestRequestOptions = Pick<TTestEndpointBody, "headers" | "body" | "method" | "query"> & {
  endpointId: string;
  origin: string;
  ip: string;
  receivedAt: Date;
};

function looksLikeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A `$request` indistinguishable from a real call to the endpoint's public URL with this body and these headers. */
export function buildTestRequest(o: TBuildTestRequestOptions): TRequestInfo {
  const body = o.body === undefined ? "" : typeof o.body === "string" ? o.body : JSON.stringify(o.body);
  const path = `/hooks/${o.endpointId}`;
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(o.query ?? {})) for (const item of [v].flat()) search.append(k, item);
  const qs = search.size ? `?${search}` : "";
  const headers: Record<string, string> = { host: new URL(o.origin).host };
  if (body !== "") {
    const isJson = typeof o.body !== "string" || looksLikeJson(body);
    headers["content-type"] = isJson ? "application/json" : "text/plain; charset=utf-8";
  }
  for (const [k, v] of Object.entries(o.headers ?? {})) headers[k.toLowerCase()] = v;
  headers["content-length"] = String(Buffer.byteLength(body));
  return {
    url: o.origin + path + qs,
    method: o.method,
    path,
    query: { ...o.query },
    headers,
    ip: o.ip,
    receivedAt: o.receivedAt.toISOString(),
    body,
  };
}
