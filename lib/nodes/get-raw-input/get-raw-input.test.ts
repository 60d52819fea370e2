import { describe, expect, it } from "vitest";
import { chainGraph, runChain, runGraph } from "@/tests/support/graph-builder";

describe("getRawInput", () => {
  it("parses form bodies, keeping repeated keys as lists", async () => {
    const r = await runChain(
      [
        { id: "in", type: "getRawInput", config: { encoding: "form", as: "form" } },
        { id: "out", type: "response", config: { body: "$form" } },
      ],
      "a=1&a=2&b=x+y",
    );
    expect(r.response.body).toEqual({ a: ["1", "2"], b: "x y" });
  });
  it("keeps text bodies as they are", async () => {
    const r = await runChain(
      [
        { id: "in", type: "getRawInput", config: { encoding: "text", as: "t" } },
        { id: "out", type: "response", config: { body: "$t" } },
      ],
      "  raw\ntext ",
    );
    expect(r.response.body).toBe("  raw\ntext ");
  });
  it("answers 400 to an empty JSON body", async () => {
    const r = await runChain([{ id: "in", type: "getRawInput" }], "");
    expect(r.response).toMatchObject({ status: 400, body: { error: expect.stringContaining("empty") } });
  });
  it("auto: reads GitHub's form delivery (payload=<json>) as its JSON", async () => {
    const graph = chainGraph([
      { id: "in", type: "getRawInput", config: { encoding: "auto", as: "input" } },
      { id: "out", type: "response", config: { body: "$input.ref" } },
    ]);
    const body = `payload=${encodeURIComponent(JSON.stringify({ ref: "refs/heads/main" }))}`;
    const r = await runGraph(graph, { body, headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(r.response.body).toBe("refs/heads/main");
  });
  it("json: a form body answers 400 naming the content type that arrived", async () => {
    const graph = chainGraph([{ id: "in", type: "getRawInput", config: { encoding: "json" } }]);
    const r = await runGraph(graph, {
      body: "payload=%7B%7D",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(r.response).toMatchObject({
      status: 400,
      body: { error: expect.stringContaining('content-type was "application/x-www-form-urlencoded"') },
    });
  });
});
