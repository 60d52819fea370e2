import { fail } from "../internal/result";
import { HMAC_ALGORITHMS, SIGNATURE_ENCODINGS } from "../preset-list";
import type { TGenericConfig, TScheme } from "../types";
import { signSingleHeader, verifySingleHeader, type TSingleHeaderSpec } from "./single-header";

/** The node's own settings as a single-header spec, or why they cannot be used. */
function specFor(config: TGenericConfig | undefined): TSingleHeaderSpec | string {
  if (!config || !config.header?.trim()) return "generic preset needs a signature header name";
  if (!(HMAC_ALGORITHMS as readonly string[]).includes(config.algorithm)) {
    return `unsupported algorithm "${String(config.algorithm)}" (use ${HMAC_ALGORITHMS.join(", ")})`;
  }
  if (!(SIGNATURE_ENCODINGS as readonly string[]).includes(config.encoding)) {
    return `unsupported encoding "${String(config.encoding)}" (use ${SIGNATURE_ENCODINGS.join(", ")})`;
  }
  return {
    header: config.header.trim(),
    algorithm: config.algorithm,
    encoding: config.encoding,
    prefix: config.prefix ?? "",
    signedContent: ({ rawBody }) => [config.payload ?? rawBody],
  };
}

export const generic: TScheme = {
  verify(ctx) {
    const spec = specFor(ctx.generic);
    return typeof spec === "string" ? fail(ctx.preset, spec) : verifySingleHeader(spec, ctx);
  },
  sign(input) {
    const spec = specFor(input.generic);
    if (typeof spec === "string") throw new Error(spec);
    return signSingleHeader(spec, input);
  },
};
