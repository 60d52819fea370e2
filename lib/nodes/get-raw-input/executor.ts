import type { TExecutor } from "@/lib/engine/context";
import { NodeHalt } from "@/lib/engine/errors";
import { BodyParseError } from "@/lib/json/parse-body";
import { decodeBody } from "@/lib/json/decode-body";
import type { ConfigOf } from "../define";
import type { getRawInputNode } from "./definition";

export const getRawInputExecutor: TExecutor<ConfigOf<typeof getRawInputNode>> = ({ config, run }) => {
  let decoded;
  try {
    decoded = decodeBody({
      body: run.request.body,
      format: config.encoding,
      contentType: run.request.headers["content-type"],
      jsonField: config.jsonField,
      maxDepth: run.limits.maxJsonDepth,
    });
  } catch (err) {
    if (err instanceof BodyParseError) throw new NodeHalt(400, err.message);
    throw err;
  }
  const { value, format, isWholeBody } = decoded;
  return {
    output: value,
    outputFromBody: isWholeBody && format !== "form" ? format : undefined,
    bind: { [config.as]: value },
  };
};
