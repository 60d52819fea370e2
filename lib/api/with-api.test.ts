import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { InvalidGraphError } from "@/lib/engine/plan";
import { DomainError, badRequest } from "@/lib/errors";
import { readJson, readQuery } from "./read-json";
import { withApi } from "./with-api";
import { zodFieldErrors } from "./zod-errors";

const call = (handler: Parameters<typeof withApi>[0], req = new Request("http://x/api/v1/t", { method: "POST" })) =>
  withApi(handler)(req, { params: Promise.resolve({}) });

describe("zodFieldErrors", () => {
  it("names the field in path and message", () => {
    const schema = z.strictObject({
      name: z.string().min(1),
      limit: z.number().max(5),
      nested: z.object({ a: z.boolean() }),
    });
    const { error } = schema.safeParse({ limit: 9, nested: { a: "no" }, extra: 1 });
    expect(zodFieldErrors(error!)).toEqual([
      { path: "name", message: "name is required" },
      { path: "limit", message: expect.stringMatching(/^limit: /) },
      { path: "nested.a", message: expect.stringMatching(/^a: /) },
      { path: "extra", message: 'unknown field "extra"' },
    ]);
  });
});

describe("withApi", () => {
  it("maps DomainError codes to statuses with their details", async () => {
    const res = await call(async () => {
      throw badRequest([{ nodeId: "n", path: "nodes.0.config", message: "bad" }]);
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "bad",
      code: "bad_request",
      errors: [{ nodeId: "n", path: "nodes.0.config", message: "bad" }],
    });
    expect(
      (
        await call(async () => {
          throw new DomainError("conflict", "taken");
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call(async () => {
          throw new DomainError("not_found", "gone");
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(async () => {
          throw new DomainError("payload_too_large", "big");
        })
      ).status,
    ).toBe(413);
  });

  it("maps zod errors and invalid graphs to 400 with field errors", async () => {
    const res = await call(async () => {
      z.object({ name: z.string() }).parse({});
      return new Response();
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors).toEqual([{ path: "name", message: "name is required" }]);
    const graph = await call(async () => {
      throw new InvalidGraphError([{ nodeId: "a", path: "nodes.1", message: "x" }]);
    });
    expect(graph.status).toBe(400);
  });

  it("masks unexpected errors behind an id that is logged", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await call(async () => {
      throw new Error("secret detail");
    });
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toEqual({ error: "internal error", errorId: expect.any(String) });
    expect(String(spy.mock.calls[0]?.[0])).toContain(body.errorId);
    spy.mockRestore();
  });

  it("passes the awaited params to the handler", async () => {
    const handler = withApi<{ id: string }>(async (_req, { params }) => Response.json(params));
    const res = await handler(new Request("http://x/"), { params: Promise.resolve({ id: "ep_1" }) });
    expect(await res.json()).toEqual({ id: "ep_1" });
  });
});

describe("readJson / readQuery", () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    new Request("http://x/", { method: "POST", body, headers });
  const schema = z.object({ name: z.string() });

  it("explains a body that is not JSON, empty, or not an object", async () => {
    await expect(readJson(post("{nope"), schema)).rejects.toMatchObject({
      code: "bad_request",
      message: /not valid JSON/,
    });
    await expect(readJson(post(""), schema)).rejects.toMatchObject({ code: "bad_request", message: /empty/ });
    await expect(readJson(post("[1]"), schema)).rejects.toMatchObject({ code: "bad_request", message: /JSON object/ });
    await expect(readJson(post(""), z.object({ a: z.number().optional() }), { optional: true })).resolves.toEqual({});
  });

  it("refuses bodies above the limit by declared length", async () => {
    await expect(readJson(post("{}", { "content-length": String(50 * 1024 * 1024) }), schema)).rejects.toMatchObject({
      code: "payload_too_large",
    });
  });

  it("parses the query string with the schema", () => {
    const q = readQuery(new Request("http://x/?limit=5"), z.object({ limit: z.coerce.number() }));
    expect(q).toEqual({ limit: 5 });
  });
});
