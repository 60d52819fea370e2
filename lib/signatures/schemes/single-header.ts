import { encodeDigest, hmac, type TRawBody, type TSigned } from "../internal/crypto";
import { header, missing } from "../internal/header";
import { findMatchingSecret } from "../internal/match";
import { fail, MISMATCH, ok } from "../internal/result";
import { readSignature } from "../internal/signature-value";
import type { THmacAlgorithm, TSignatureEncoding } from "../preset-list";
import type { TScheme, TSchemeContext, TSignInput, TVerifyResult } from "../types";

export type TSignedRequest = { rawBody: TRawBody; url: string; headers: Record<string, string> };

export type TSingleHeaderSpec = {
  /** Display spelling; looked up in lower case. */
  header: string;
  algorithm: THmacAlgorithm;
  encoding: TSignatureEncoding;
  prefix?: string;
  /** What was signed. Several candidates when a provider's own validator accepts variants; the first is what it sends. */
  signedContent(request: TSignedRequest): TSigned[];
  /** Headers the provider sends alongside the signature that affect how the request is read. */
  extraHeaders?: Record<string, string>;
};

export function verifySingleHeader(spec: TSingleHeaderSpec, ctx: TSchemeContext): TVerifyResult {
  const value = header(ctx, spec.header);
  if (!value) return fail(ctx.preset, missing(spec.header));
  const read = readSignature(value, spec.prefix ?? "", spec.encoding, spec.header);
  if ("reason" in read) return fail(ctx.preset, read.reason);
  const contents = spec.signedContent(ctx);
  const index = findMatchingSecret(ctx.secrets, [read.signature], (secret) =>
    contents.map((content) => hmac(spec.algorithm, secret, content)),
  );
  return index < 0 ? fail(ctx.preset, MISMATCH) : ok(ctx.preset, index);
}

export function signSingleHeader(spec: TSingleHeaderSpec, input: TSignInput): Record<string, string> {
  const content = spec.signedContent({ ...input, headers: spec.extraHeaders ?? {} })[0] ?? input.rawBody;
  const digest = encodeDigest(hmac(spec.algorithm, input.secret, content), spec.encoding);
  return { ...spec.extraHeaders, [spec.header.toLowerCase()]: `${spec.prefix ?? ""}${digest}` };
}

/** A scheme whose whole signature is one header over content derived from the request. */
export function singleHeaderScheme(spec: TSingleHeaderSpec): TScheme {
  return { verify: (ctx) => verifySingleHeader(spec, ctx), sign: (input) => signSingleHeader(spec, input) };
}
