import type { TExecutor } from "@/lib/engine/context";
import type { ConfigOf } from "../define";
import type { webhookNode } from "./definition";

export const webhookExecutor: TExecutor<ConfigOf<typeof webhookNode>> = ({ run }) => ({
  output: { method: run.request.method, path: run.request.path, bodyBytes: Buffer.byteLength(run.request.body) },
});
