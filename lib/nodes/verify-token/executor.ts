import { createHash, timingSafeEqual } from "node:crypto";
import type { TExecutor } from "@/lib/engine/context";
import { NodeHalt } from "@/lib/engine/errors";
import type { ConfigOf } from "../define";
import { acceptedTexts } from "../fields";
import { DEFAULT_TOKEN_NAME, type verifyTokenNode } from "./definition";

type TConfig = ConfigOf<typeof verifyTokenNode>;
type TPresented = { ok: true; token: string; username?: string } | { ok: false; reason: string };

const HTTP_TOKEN = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/**
 * Index of the first accepted value equal to `presented`, or -1. Both sides are hashed first so neither the
 * lengths nor the position of a first differing byte show in the time taken; every candidate is compared.
 */
function matchIndex(presented: string, candidates: readonly string[]): number {
  const mine = digest(presented);
  let found = -1;
  candidates.forEach((candidate, i) => {
    if (timingSafeEqual(mine, digest(candidate)) && found === -1) found = i;
  });
  return found;
}

const missing = (reason: string): TPresented => ({ ok: false, reason: `missing token: ${reason}` });
const malformed = (reason: string): TPresented => ({ ok: false, reason: `malformed token: ${reason}` });

function fromHeader(headers: Record<string, string>, name: string, scheme: string): TPresented {
  const value = Object.hasOwn(headers, name) ? headers[name] : undefined;
  if (typeof value !== "string") return missing(`no "${name}" header`);
  let token = value.trim();
  const prefix = scheme.trim();
  const lower = token.toLowerCase();
  const schemeLower = prefix.toLowerCase();
  // "Bearer" alone is the scheme with no token (header values arrive trimmed).
  if (prefix && (lower === schemeLower || lower.startsWith(`${schemeLower} `)))
    token = token.slice(prefix.length).trim();
  if (token === "") return missing(`the "${name}" header carries no token`);
  return { ok: true, token };
}

function fromQuery(query: Record<string, string | string[]>, name: string): TPresented {
  const value = Object.hasOwn(query, name) ? query[name] : undefined;
  if (Array.isArray(value)) return malformed(`the "${name}" query parameter is given more than once`);
  if (typeof value !== "string" || value === "") return missing(`no "${name}" query parameter`);
  return { ok: true, token: value };
}

function fromBasic(headers: Record<string, string>): TPresented {
  const value = Object.hasOwn(headers, "authorization") ? headers.authorization : undefined;
  if (typeof value !== "string") return missing("no authorization header (Basic credentials expected)");
  const match = /^basic\s+(\S+)\s*$/i.exec(value.trim());
  if (!match) return missing("the authorization header does not carry Basic credentials");
  const encoded = match[1]!;
  if (!BASE64.test(encoded)) return malformed("the Basic credentials are not base64");
  const decoded = Buffer.from(encoded, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon === -1) return malformed("the Basic credentials have no user:password separator");
  return { ok: true, username: decoded.slice(0, colon), token: decoded.slice(colon + 1) };
}

function challengeHeaders(config: TConfig, name: string): Record<string, string> | undefined {
  if (config.source === "basic") return { "www-authenticate": 'Basic realm="hookstack", charset="UTF-8"' };
  const scheme = (config.scheme ?? "").trim();
  if (config.source === "header" && name === "authorization" && HTTP_TOKEN.test(scheme)) {
    return { "www-authenticate": `${scheme} realm="hookstack"` };
  }
  return undefined;
}

export const verifyTokenExecutor: TExecutor<TConfig> = async (ctx) => {
  const { config, run } = ctx;
  const given = config.name?.trim();
  // Header names arrive lower-cased; query parameter names are case-sensitive.
  const name =
    config.source === "basic"
      ? "authorization"
      : config.source === "header"
        ? given?.toLowerCase() || DEFAULT_TOKEN_NAME.header
        : given || DEFAULT_TOKEN_NAME.query;
  const fail = (reason: string) =>
    new NodeHalt(config.failStatus, "unauthorized", reason, challengeHeaders(config, name));

  const tokens = acceptedTexts(await ctx.value("token"));
  const hasUsernameField = config.source === "basic" && !!config.username?.trim();
  const usernames = hasUsernameField ? acceptedTexts(await ctx.value("username")) : [];
  // An unset variable must not turn the check off: with nothing to compare against, every request fails.
  if (tokens.length === 0) throw fail("no accepted token configured (the token expression gave no text)");
  if (hasUsernameField && usernames.length === 0)
    throw fail("no username configured (the username expression gave no text)");

  const presented =
    config.source === "header"
      ? fromHeader(run.request.headers, name, config.scheme ?? "")
      : config.source === "query"
        ? fromQuery(run.request.query, name)
        : fromBasic(run.request.headers);
  if (!presented.ok) throw fail(presented.reason);

  const tokenIndex = matchIndex(presented.token, tokens);
  // Both comparisons always run, so the time taken does not tell a wrong user name from a wrong password.
  const userMatches = hasUsernameField ? matchIndex(presented.username ?? "", usernames) !== -1 : true;
  if (tokenIndex === -1 || !userMatches) {
    throw fail(
      config.source === "basic"
        ? "token mismatch: the username or password does not match"
        : "token mismatch: the token does not match",
    );
  }
  const output = {
    valid: true,
    source: config.source,
    ...(config.source === "basic" ? { username: presented.username } : { name }),
    tokenIndex,
  };
  return { output, bind: { [config.as]: output } };
};
