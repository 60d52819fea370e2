import { createHash } from "node:crypto";
import type { TExecutor } from "@/lib/engine/context";
import type { ConfigOf } from "../define";
import type { dedupeNode } from "./definition";

const MAX_KEY_LENGTH = 200;

function normaliseKey(value: unknown): string {
  if (value === undefined || value === null || value === "") throw new Error("the dedupe key is empty");
  const text = typeof value === "string" ? value : JSON.stringify(value);
  // Long keys are stored by digest so the index stays small; equal keys still collide as they should.
  return text.length > MAX_KEY_LENGTH ? `sha256:${createHash("sha256").update(text).digest("hex")}` : text;
}

export const dedupeExecutor: TExecutor<ConfigOf<typeof dedupeNode>> = async (ctx) => {
  const { config, run } = ctx;
  const key = normaliseKey(await ctx.value("key"));
  const seen = run.dryRun
    ? await run.services.dedupe.peek(key)
    : await run.services.dedupe.claim(key, config.windowSeconds * 1000);
  if (seen.duplicate) {
    return { respond: seen.response, output: { duplicate: true, key, firstRequestId: seen.firstRequestId } };
  }
  return { output: { duplicate: false, key, ...(run.dryRun ? { dryRun: true } : {}) } };
};
