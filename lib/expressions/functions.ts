import { EXPRESSION_FUNCTION_DOCS, type TExpressionFunctionDoc, type TExpressionFunctionName } from "./function-docs";
import { hash, hmac, timingSafeEqual } from "./library/crypto";
import { base64decode, base64encode, base64urlencode, hexdecode, hexencode } from "./library/encoding";
import { uuid } from "./library/ids";
import { jsonParse, jsonStringify } from "./library/json";
import { formatTimestamp, parseTimestamp, timestamp } from "./library/time";
import { queryParse, queryStringify, urldecode, urlencode } from "./library/url";

/**
 * Server only (the implementations use node:crypto): the documented functions with their implementations, as
 * registered on every compiled expression. Browser code uses `function-docs.ts` and `syntax.ts` instead.
 */
export type TExpressionFunction = TExpressionFunctionDoc & {
  implementation: (...args: never[]) => unknown;
};

// Keyed by the documented names, so a documented function without an implementation (or the reverse) fails to compile.
const IMPLEMENTATIONS: Record<TExpressionFunctionName, TExpressionFunction["implementation"]> = {
  hmac,
  hash,
  timingSafeEqual,
  base64encode,
  base64decode,
  base64urlencode,
  hexencode,
  hexdecode,
  uuid,
  timestamp,
  parseTimestamp,
  formatTimestamp,
  jsonParse,
  jsonStringify,
  urlencode,
  urldecode,
  queryParse,
  queryStringify,
};

export const EXPRESSION_FUNCTIONS: readonly TExpressionFunction[] = EXPRESSION_FUNCTION_DOCS.map((doc) => ({
  ...doc,
  implementation: IMPLEMENTATIONS[doc.name],
}));
