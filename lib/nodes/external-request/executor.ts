import type { TExecutor } from "@/lib/engine/context";
import type { ConfigOf } from "../define";
import type { externalRequestNode } from "./definition";

function parseBody(text: string, contentType: string | undefined): unknown {
  if (!/\bjson\b/i.test(contentType ?? "")) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export const externalRequestExecutor: TExecutor<ConfigOf<typeof externalRequestNode>> = async (ctx) => {
  const { config, run } = ctx;
  const url = await ctx.value("url");
  if (typeof url !== "string" || url === "") throw new Error("url must evaluate to text");
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(await ctx.values("headers"))) {
    if (v !== undefined && v !== null) headers[k.toLowerCase()] = typeof v === "string" ? v : JSON.stringify(v);
  }
  const rawBody = config.method === "GET" ? undefined : await ctx.value("body");
  let body: string | undefined;
  if (typeof rawBody === "string") body = rawBody;
  else if (rawBody !== undefined) {
    body = JSON.stringify(rawBody);
    headers["content-type"] ??= "application/json";
  }
  const request = { method: config.method, url, headers, body };
  if (run.dryRun) {
    const stub = { status: 200, headers: {}, body: null, dryRun: true };
    return { skipped: true, output: { dryRun: true, wouldSend: request }, bind: { [config.as]: stub } };
  }
  const remaining = Math.max(1, run.deadline - Date.now());
  const answer = await run.services.fetch({
    ...request,
    timeoutMs: Math.min(config.timeoutMs, remaining),
    maxBytes: run.limits.maxResponseBytes,
    signal: run.signal,
  });
  const output = {
    status: answer.status,
    headers: answer.headers,
    body: parseBody(answer.body, answer.headers["content-type"]),
  };
  return { output, bind: { [config.as]: output } };
};
