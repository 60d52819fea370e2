import type { TRequestInfo } from "@/lib/engine/types";

type TStored = TRequestInfo & { rawBodyBase64?: string };

/** A queued request as its job stores it: `$request`, plus the exact bytes when the body is not UTF-8 text. */
export function jobRequestText(request: TRequestInfo, rawBody?: Buffer): string {
  return JSON.stringify(rawBody ? { ...request, rawBodyBase64: rawBody.toString("base64") } : request);
}

export function readJobRequest(text: string): { request: TRequestInfo; rawBody?: Buffer } {
  const { rawBodyBase64, ...request } = JSON.parse(text) as TStored;
  return { request, rawBody: rawBodyBase64 === undefined ? undefined : Buffer.from(rawBodyBase64, "base64") };
}
