import type { TExecutor } from "@/lib/engine/context";
import { NodeHalt } from "@/lib/engine/errors";
import { verifySignature } from "@/lib/signatures/verify";
import type { ConfigOf } from "../define";
import { acceptedTexts } from "../fields";
import type { hmacVerifyNode } from "./definition";

export const hmacVerifyExecutor: TExecutor<ConfigOf<typeof hmacVerifyNode>> = async (ctx) => {
  const { config, run } = ctx;
  const secrets = acceptedTexts(await ctx.value("secret"));
  const payload = config.preset === "generic" ? await ctx.value("payload") : undefined;
  const result = verifySignature({
    preset: config.preset,
    secrets,
    // The exact bytes received; `request.body` is their UTF-8 decoding, lossy for a body that is not UTF-8.
    rawBody: run.rawBody ?? run.request.body,
    headers: run.request.headers,
    url: run.request.url,
    nowSeconds: Math.floor(run.now() / 1000),
    toleranceSeconds: config.toleranceSeconds,
    generic:
      config.preset === "generic"
        ? {
            header: config.header ?? "",
            algorithm: config.algorithm,
            encoding: config.encoding,
            prefix: config.prefix,
            payload:
              payload === undefined ? undefined : typeof payload === "string" ? payload : JSON.stringify(payload),
          }
        : undefined,
  });
  if (!result.valid) throw new NodeHalt(config.failStatus, "invalid signature", result.reason);
  const output = { valid: true, preset: result.preset, ...(result.timestamp ? { timestamp: result.timestamp } : {}) };
  return { output, bind: { [config.as]: output } };
};
