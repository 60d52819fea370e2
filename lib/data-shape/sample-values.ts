import { decodeBody, type TBodyFormat } from "@/lib/json/decode-body";
import type { TTraceEntry } from "@/lib/engine/types";
import { getNodeDefinition } from "@/lib/nodes/catalog";
import { lenientConfig } from "@/lib/graph/variables-in-scope";
import { isStartNode } from "@/lib/graph/start-node";
import { getRawInputNode } from "@/lib/nodes/get-raw-input/definition";
import { inferShape, shapeAt, type TShape } from "./infer-shape";
import { parsePathToken } from "./path-token";

/** The request of a run or of the test panel's sample, as far as the editor knows it. */
export type TSampleRequest = {
  method: string;
  headers: Record<string, string>;
  body: string;
  path?: string;
  query?: Record<string, string | string[]>;
  ip?: string;
  receivedAt?: string;
};

export type TSampleSource = { request?: TSampleRequest; trace: readonly TTraceEntry[] };

type TGraphNodes = { nodes: readonly { id: string; type: string; config: Record<string, unknown> }[] };

/** `$request` as a stack would see it for this request (header names lower-case, the body as raw text). */
function requestValue(r: TSampleRequest): Record<string, unknown> {
  const headers = Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    method: r.method,
    path: r.path ?? "/hooks/…",
    query: r.query ?? {},
    headers,
    ip: r.ip ?? "127.0.0.1",
    receivedAt: r.receivedAt ?? new Date(0).toISOString(),
    body: r.body,
  };
}

/** What a Get raw input node would have stored for this body: the sample has no trace of it. */
function parsedBody(request: TSampleRequest, config: Record<string, unknown>): unknown {
  const format =
    typeof config.encoding === "string" && ["json", "form", "text", "auto"].includes(config.encoding)
      ? (config.encoding as TBodyFormat)
      : "json";
  const contentType = Object.entries(request.headers ?? {}).find(([k]) => k.toLowerCase() === "content-type")?.[1];
  try {
    return decodeBody({
      body: request.body,
      format,
      contentType,
      jsonField: typeof config.jsonField === "string" ? config.jsonField : undefined,
      maxDepth: 1000,
    }).value;
  } catch {
    return undefined;
  }
}

/**
 * The shape of every variable the run (or the sample request) gave a value, by name without `$`: `request`, what
 * each node stored (its traced output), and loop variables from the list their For each went through (items
 * merged, so a field of any item is known). A node that did not run in the trace is read from the request when it
 * only parses the body. Names are global here; `variablesInScope` decides which a node can read.
 */
export function sampleShapes(graph: TGraphNodes, source: TSampleSource): Record<string, TShape> {
  const out: Record<string, TShape> = Object.create(null) as Record<string, TShape>;
  if (source.request) out.request = inferShape(requestValue(source.request));
  const ran = new Map<string, TTraceEntry>();
  for (const entry of source.trace) if (!ran.has(entry.nodeId)) ran.set(entry.nodeId, entry);
  for (const node of graph.nodes) {
    const def = getNodeDefinition(node.type);
    // The start node binds `$request`, which comes from the request itself.
    if (!def || isStartNode(node)) continue;
    const config = lenientConfig(def, node.config);
    let decls: ReturnType<typeof def.variables>;
    try {
      decls = def.variables(config as never);
    } catch {
      continue;
    }
    const entry = ran.get(node.id);
    decls.forEach((v, i) => {
      if (Object.hasOwn(out, v.name)) return;
      if (v.scope === "each") {
        // A For each declares its item, then its index; the list is the value its `list` field evaluated to.
        const list = entry?.input?.list;
        if (i === 0 && list !== undefined) {
          const shape = inferShape(Array.isArray(list) ? list : [list]);
          if (shape.type === "array" && shape.items) out[v.name] = shape.items;
        } else if (i === 0 && typeof config.list === "string") {
          const items = listItemsShape(config.list, out);
          if (items) out[v.name] = items;
        } else if (i === 1) out[v.name] = { type: "number", example: 0 };
        return;
      }
      if (entry && entry.status === "ok" && entry.output !== undefined) out[v.name] = inferShape(entry.output);
      else if (!entry && node.type === getRawInputNode.type && source.request) {
        const value = parsedBody(source.request, config);
        if (value !== undefined) out[v.name] = inferShape(value);
      }
    });
  }
  return out;
}

/**
 * Before a run, a For each over a plain path (`$input.commits`) has items of the shape that path has in the sample;
 * anything more elaborate waits for a run. Variables are read in graph order, which puts the body first in practice.
 */
function listItemsShape(list: string, known: Readonly<Record<string, TShape>>): TShape | undefined {
  const text = list.trim();
  const token = parsePathToken(text);
  if (!token || !Object.hasOwn(known, token.variable)) return undefined;
  // The token reader takes a path's last name for one being typed: here it is written in full.
  const isWhole =
    token.partial === undefined
      ? token.prefix === text
      : token.prefix + token.partial === text && /^[A-Za-z_]\w*$/.test(token.partial);
  if (!isWhole) return undefined;
  const steps = token.partial === undefined ? token.steps : [...token.steps, { field: token.partial }];
  const shape = shapeAt(known[token.variable]!, steps);
  if (!shape) return undefined;
  return shape.type === "array" ? shape.items : shape;
}
