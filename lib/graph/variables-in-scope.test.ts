import { describe, expect, it } from "vitest";
import { variablesInScope } from "./variables-in-scope";
import type { TGraph } from "./schema";

/** The contract's example receiver, plus an error branch from `sig`. */
const receiver: TGraph = {
  version: 1,
  nodes: [
    { id: "start", type: "webhook", config: {} },
    { id: "raw", type: "getRawInput", config: { encoding: "json", as: "payload" } },
    { id: "sig", type: "hmacVerify", config: { preset: "stripe", secret: "$env.STRIPE_SECRET" } },
    { id: "paid", type: "conditional", config: { condition: "$payload.type = 'invoice.paid'" } },
    { id: "lines", type: "forEach", config: { list: "$payload.data.object.lines.data", as: "line" } },
    { id: "save", type: "addRecord", config: { table: "invoice_lines", fields: {}, as: "saved" } },
    { id: "ok", type: "response", config: {} },
    { id: "denied", type: "response", config: {} },
  ],
  edges: [
    { source: "start", sourceHandle: "next", target: "raw" },
    { source: "raw", sourceHandle: "next", target: "sig" },
    { source: "sig", sourceHandle: "next", target: "paid" },
    { source: "sig", sourceHandle: "error", target: "denied" },
    { source: "paid", sourceHandle: "true", target: "lines" },
    { source: "paid", sourceHandle: "false", target: "ok" },
    { source: "lines", sourceHandle: "each", target: "save" },
    { source: "lines", sourceHandle: "done", target: "ok" },
  ],
};

const names = (nodeId: string, envNames: string[] = []) =>
  variablesInScope(receiver, nodeId, { envNames }).map((v) => v.expression);

describe("variablesInScope", () => {
  it("offers $request and the env names everywhere, even at the start", () => {
    expect(names("start", ["STRIPE_SECRET"])).toEqual(["$request", "$env.STRIPE_SECRET"]);
  });

  it("offers what upstream nodes store, not what the node itself or later nodes store", () => {
    expect(names("raw")).toEqual(["$request"]);
    expect(names("sig")).toEqual(["$request", "$payload"]);
    expect(names("paid")).toEqual(["$request", "$payload", "$signature"]);
  });

  it("offers loop variables only on the each branch", () => {
    expect(names("save")).toEqual(["$request", "$payload", "$signature", "$line", "$index"]);
    const loop = variablesInScope(receiver, "save").filter((v) => v.kind === "loop");
    expect(loop.map((v) => v.nodeId)).toEqual(["lines", "lines"]);
  });

  it("merges every path into a node, without the loop's variables from the done branch", () => {
    // `ok` is reached by paid.false and by lines.done: neither binds $line.
    expect(names("ok")).toEqual(["$request", "$payload", "$signature"]);
  });

  it("offers $error after an error handle, and not what the failed node would have stored", () => {
    expect(names("denied")).toEqual(["$request", "$payload", "$error"]);
  });

  it("uses defaults for fields not filled in yet and survives an invalid field", () => {
    const graph: TGraph = {
      version: 1,
      nodes: [
        { id: "a", type: "getRawInput", config: { encoding: "nope" } },
        { id: "b", type: "setVariable", config: { name: "not a name", value: "1" } },
        { id: "c", type: "response", config: {} },
      ],
      edges: [
        { source: "a", sourceHandle: "next", target: "b" },
        { source: "b", sourceHandle: "next", target: "c" },
      ],
    };
    expect(variablesInScope(graph, "c").map((v) => v.expression)).toEqual(["$request", "$input"]);
  });

  it("terminates on cycles and ignores unknown node types", () => {
    const graph: TGraph = {
      version: 1,
      nodes: [
        { id: "a", type: "setVariable", config: { name: "x", value: "1" } },
        { id: "b", type: "mystery", config: {} },
      ],
      edges: [
        { source: "a", sourceHandle: "next", target: "b" },
        { source: "b", sourceHandle: "next", target: "a" },
      ],
    };
    expect(variablesInScope(graph, "a").map((v) => v.expression)).toEqual(["$request", "$x"]);
  });
});
