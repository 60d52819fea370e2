import { defineNode } from "../define";
import { choice, expression, integer, secret, text, variableName } from "../fields";

export const TOKEN_SOURCES = ["header", "query", "basic"] as const;
export type TTokenSource = (typeof TOKEN_SOURCES)[number];

/** The name read when the `name` field is left empty. */
export const DEFAULT_TOKEN_NAME: Record<Exclude<TTokenSource, "basic">, string> = {
  header: "authorization",
  query: "token",
};

const named = { field: "source", oneOf: ["header", "query"] } as const;

export const verifyTokenNode = defineNode({
  type: "verifyToken",
  title: "Verify token",
  description:
    "Checks a static token sent in a header, a query parameter or HTTP Basic credentials, in constant time. A missing or wrong token answers the fail status.",
  category: "security",
  icon: "🔑",
  keywords: ["token", "auth", "bearer", "api key", "password", "authenticate", "authorization"],
  fields: {
    source: choice(TOKEN_SOURCES, {
      label: "Token sent in",
      default: "header",
      labels: { header: "A header", query: "A query parameter", basic: "HTTP Basic credentials (password)" },
    }),
    name: text({
      label: "Header or parameter name",
      max: 100,
      placeholder: "authorization",
      help: "Empty: the authorization header, or the query parameter token.",
      visibleWhen: named,
    }),
    scheme: text({
      label: "Scheme prefix",
      default: "Bearer",
      max: 50,
      help: "A header value that starts with this word and a space (any case), as in `Authorization: Bearer <token>`, is compared without it; a value without it is compared whole. Empty: always compare the whole value.",
      visibleWhen: { field: "source", oneOf: ["header"] },
    }),
    token: secret({
      label: "Accepted token",
      help: "Pick an environment variable. For Basic credentials this is the password. An expression giving a list accepts any of its tokens (rotation).",
      placeholder: "$env.WEBHOOK_TOKEN",
    }),
    username: expression({
      label: "Username",
      help: "The user name the credentials must carry; empty accepts any.",
      placeholder: "'hookstack'",
      visibleWhen: { field: "source", oneOf: ["basic"] },
    }),
    failStatus: integer({ label: "Status on failure", default: 401, min: 400, max: 499 }),
    as: variableName({ label: "Store as", default: "auth" }),
  },
  handles: [{ id: "next", label: "" }],
  variables: (c) => [{ name: c.as, scope: "after", description: "{ valid, source, name?, username?, tokenIndex }" }],
  summary: (c) =>
    c.source === "basic"
      ? "Basic credentials"
      : `${c.source === "query" ? "?" : ""}${c.name || DEFAULT_TOKEN_NAME[c.source]} token`,
});
