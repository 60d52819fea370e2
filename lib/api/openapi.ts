import { z } from "zod";
import { ROUTES, splitRouteKey, type TAccess, type TRouteSpec } from "./routes";

const jsonSchema = (schema: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" });
const JSON_ERROR = {
  content: { "application/json": { schema: { type: "object", properties: { error: { type: "string" } } } } },
};

function security(access: TAccess) {
  if (access === "public") return [];
  if (access === "signed-in" || (typeof access === "object" && "role" in access)) return [{ session: [] }];
  if (access === "any") return [{ session: [] }, { apiKey: [] }];
  return [{ session: [] }, { apiKey: [access.scope] }];
}

function describeAccess(access: TAccess): string {
  if (typeof access === "string") return access;
  return "role" in access ? `role: ${access.role}` : `scope: ${access.scope}`;
}

function operation(key: string, spec: TRouteSpec) {
  const { path } = splitRouteKey(key);
  const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  const query = spec.query
    ? Object.entries((jsonSchema(spec.query, "input").properties ?? {}) as Record<string, object>)
    : [];
  const status = String(spec.status ?? 200);
  return {
    summary: spec.summary,
    description: `Access: ${describeAccess(spec.access)}.`,
    security: security(spec.access),
    parameters: [...params, ...query.map(([name, schema]) => ({ name, in: "query", required: false, schema }))],
    ...(spec.body && {
      requestBody: {
        required: !spec.bodyOptional,
        content: { "application/json": { schema: jsonSchema(spec.body, "input") } },
      },
    }),
    responses: {
      [status]:
        status === "204"
          ? { description: "done" }
          : {
              description: "success",
              content: spec.output
                ? { "application/json": { schema: jsonSchema(spec.output, "output") } }
                : Object.fromEntries((spec.contentType ?? []).map((type) => [type, {}])),
            },
      "400": { description: "invalid input: `{ errors: [{ path, message }] }`", ...JSON_ERROR },
      ...(spec.access !== "public" && {
        "401": { description: "no identity", ...JSON_ERROR },
        "403": { description: "missing scope or role", ...JSON_ERROR },
      }),
      "404": { description: "not found (also for ids in other workspaces)", ...JSON_ERROR },
    },
  };
}

/** The OpenAPI 3.1 document of the management API, generated from ROUTES. */
export function openApiDocument(origin: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [key, spec] of Object.entries(ROUTES)) {
    const { method, path } = splitRouteKey(key);
    (paths[path] ??= {})[method.toLowerCase()] = operation(key, spec);
  }
  return {
    openapi: "3.1.0",
    info: { title: "Hookstack management API", version: "1" },
    servers: [{ url: `${origin}/api/v1` }],
    components: {
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: "A workspace API key (`hsk_…`), created on the API keys page or with `npm run apikey`",
        },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "better-auth.session_token",
          description: "The browser session from POST /api/auth/sign-in/email",
        },
      },
    },
    paths,
  };
}
