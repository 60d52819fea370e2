import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { openApiDocument } from "./openapi";
import { ROUTES } from "./routes";

const API_DIR = path.resolve(import.meta.dirname, "../../app/api/v1");

/** Every `export const METHOD` in app/api/v1/**∕route.ts, as "METHOD /path/{param}" with the file's declared key. */
function handlersOnDisk(): { key: string; declared: string | undefined; file: string }[] {
  const out: { key: string; declared: string | undefined; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts" && !full.includes("[...path]")) {
        const source = readFileSync(full, "utf8");
        const urlPath =
          "/" +
          path
            .relative(API_DIR, dir)
            .split(path.sep)
            .join("/")
            .replace(/\[(\w+)\]/g, "{$1}");
        for (const m of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE) = (\w+)\(\s*"([^"]*)"?/g)) {
          out.push({
            key: `${m[1]} ${urlPath}`,
            declared: m[2] === "route" ? m[3] : undefined,
            file: path.relative(API_DIR, full),
          });
        }
      }
    }
  };
  walk(API_DIR);
  return out;
}

it("every management route handler is declared in ROUTES and wrapped by route() with its own key", () => {
  const handlers = handlersOnDisk();
  expect(handlers.length).toBeGreaterThan(20);
  for (const h of handlers) {
    expect(Object.keys(ROUTES), `${h.file}: ${h.key} has no entry in lib/api/routes.ts`).toContain(h.key);
    expect(h.declared, `${h.file}: ${h.key} must be route("${h.key}", ...)`).toBe(h.key);
  }
  // ...and every declaration has its handler, so the OpenAPI document lists only routes that exist.
  expect(handlers.map((h) => h.key).sort()).toEqual(Object.keys(ROUTES).sort());
});

it("the OpenAPI 3.1 document lists every route with its access", () => {
  const doc = openApiDocument("https://hooks.example.com");
  expect(doc.openapi).toBe("3.1.0");
  const operations = Object.values(doc.paths).flatMap((p) => Object.values(p));
  expect(operations).toHaveLength(Object.keys(ROUTES).length);
  const create = doc.paths["/endpoints"]!.post as {
    security: unknown;
    requestBody: { content: { "application/json": { schema: { properties: object } } } };
  };
  expect(create.security).toEqual([{ session: [] }, { apiKey: ["endpoints:write"] }]);
  expect(create.requestBody.content["application/json"].schema.properties).toHaveProperty("name");
  expect((doc.paths["/setup"]!.post as { security: unknown }).security).toEqual([]);
});

it("every route declares the shape of its answer, so the OpenAPI document describes every success", () => {
  const undocumented = Object.entries(ROUTES)
    .filter(([, spec]) => spec.status !== 204 && !spec.output && !spec.contentType)
    .map(([key]) => key);
  expect(undocumented, "add `output` (or `contentType` for a stream) to these routes").toEqual([]);
  const doc = openApiDocument("https://hooks.example.com");
  for (const [key, spec] of Object.entries(ROUTES)) {
    const [method, path] = key.split(" ") as [string, string];
    const op = doc.paths[path]![method.toLowerCase()] as { responses: Record<string, { content?: object }> };
    const success = op.responses[String(spec.status ?? 200)]!;
    if (spec.status === 204) expect(success.content, key).toBeUndefined();
    else expect(Object.keys(success.content ?? {}), key).not.toEqual([]);
  }
});
