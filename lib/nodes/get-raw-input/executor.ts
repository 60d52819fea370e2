import type { TExecutor } from "@/lib/engine/context";
import { NodeHalt } from "@/lib/engine/errors";
import { BodyParseError, parseFormBody, parseJsonBody } from "@/lib/json/parse-body";
import type { ConfigOf } from "../define";
import type { getRawInputNode } from "./definition";

export const getRawInputExecutor: TExecutor<ConfigOf<typeof getRawInputNode>> = ({ config, run }) => {
  const body = run.request.body;
  let value: unknown;
  try {
    value =
      config.encoding === "json" ? parseJsonBody(body, run.limits.maxJsonDepth)
      : config.encoding === "form" ? parseFormBody(body)
      : body;
  } catch (err) {
    if (err instanceof BodyParseError) throw new NodeHalt(400, err.message);
    throw err;
  }
  return { output: value, outputFromBody: config.encoding === "form" ? undefined : config.encoding, bind: { [config.as]: value } };
};
