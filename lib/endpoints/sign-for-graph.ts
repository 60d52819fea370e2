import { DomainError } from "@/lib/errors";
import { createRedactor } from "@/lib/engine/redact";
import type { TRequestInfo } from "@/lib/engine/types";
import { compileExpression } from "@/lib/expressions/compile";
import type { TGraph, TGraphNode } from "@/lib/graph/schema";
import { findSignatureNodeId, isSignatureNode } from "@/lib/graph/signature-node";
import { hmacVerifyNode } from "@/lib/nodes/hmac-verify/definition";
import { signRequest } from "@/lib/signatures/sign";

export type TSignedHeaders = { nodeId: string; preset: string; headers: Record<string, string> };

/** The `hmacVerify` node a test request is signed for: the one named, else the graph's rule (findSignatureNodeId). */
export function findSignatureNode(graph: TGraph, nodeId?: string): TGraphNode {
  if (nodeId) {
    const node = graph.nodes.find((n) => n.id === nodeId);
    if (!node || !isSignatureNode(node))
      throw new DomainError("bad_request", `node "${nodeId}" is not a Verify signature node`);
    return node;
  }
  const id = findSignatureNodeId(graph);
  const node = graph.nodes.find((n) => n.id === id);
  if (!node) {
    throw new DomainError(
      "bad_request",
      "this function stack has no Verify signature node, so there is nothing to sign for",
    );
  }
  return node;
}

function firstSecret(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  return list.find((s): s is string => typeof s === "string" && s.length > 0);
}

/** `$env.NAME` (the usual secret expression) → NAME, for a helpful message when it is not set. */
function envNameOf(source: string): string | undefined {
  return /^\s*\$env\.([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(source)?.[1];
}

/**
 * The signature headers the provider would send with `request`, computed for a graph's `hmacVerify` node with the
 * secret its expression resolves to (usually `$env.NAME`). Only headers leave here, never the secret: a message
 * that could echo it is masked.
 */
export async function signForGraph(o: {
  graph: TGraph;
  nodeId?: string;
  env: Readonly<Record<string, string>>;
  request: TRequestInfo;
  nowSeconds?: number;
}): Promise<TSignedHeaders> {
  const node = findSignatureNode(o.graph, o.nodeId);
  const parsed = hmacVerifyNode.configSchema.safeParse(node.config);
  if (!parsed.success) {
    throw new DomainError(
      "bad_request",
      `the Verify signature node "${node.id}" is not set up yet: ${parsed.error.issues[0]?.message ?? "invalid settings"}`,
    );
  }
  const config = parsed.data;
  const bindings = { request: o.request, env: o.env };
  const redact = createRedactor(Object.values(o.env));
  const evaluate = async (source: string, what: string) => {
    try {
      return await compileExpression(source).evaluate(bindings);
    } catch (err) {
      throw new DomainError(
        "bad_request",
        `the ${what} of "${node.id}" could not be evaluated: ${redact((err as Error).message)}`,
      );
    }
  };
  const source = (config.secret ?? "").trim();
  if (!source)
    throw new DomainError(
      "bad_request",
      `the Verify signature node "${node.id}" has no signing secret; pick an environment variable`,
    );
  const secret = firstSecret(await evaluate(source, "signing secret"));
  if (!secret) {
    const name = envNameOf(source);
    throw new DomainError(
      "bad_request",
      name
        ? `environment variable ${name} is not set, so there is no secret to sign with`
        : `the signing secret of "${node.id}" is empty`,
    );
  }
  let payload: string | undefined;
  if (config.preset === "generic" && config.payload?.trim()) {
    const value = await evaluate(config.payload, "signed payload");
    payload = typeof value === "string" ? value : JSON.stringify(value);
  }
  try {
    const { headers } = signRequest({
      preset: config.preset,
      secret,
      rawBody: o.request.body,
      url: o.request.url,
      nowSeconds: o.nowSeconds ?? Date.now() / 1000,
      generic:
        config.preset === "generic"
          ? {
              header: config.header ?? "",
              algorithm: config.algorithm,
              encoding: config.encoding,
              prefix: config.prefix,
              payload,
            }
          : undefined,
    });
    return { nodeId: node.id, preset: config.preset, headers };
  } catch (err) {
    throw new DomainError("bad_request", `cannot sign for "${node.id}": ${redact((err as Error).message)}`);
  }
}
