import { describe, expect, it } from "vitest";
import { findGraphProblems } from "@/lib/graph/validate";
import { ZGraph } from "@/lib/graph/schema";
import { outgoingHandles } from "../define";
import { stackOn } from "@/tests/support/run-stack";
import { switchNode } from "./definition";

const SWITCH = {
  id: "sw",
  type: "switch",
  config: { value: "$payload.type", cases: { paid: "'invoice.paid'", failed: "'invoice.payment_failed'" } },
};
const answer = (id: string) => ({ id, type: "response", config: { body: `'${id}'` } });
const edges = [
  { source: "raw", target: "sw" },
  { source: "sw", sourceHandle: "paid", target: "a" },
  { source: "sw", sourceHandle: "failed", target: "b" },
  { source: "sw", sourceHandle: "default", target: "c" },
];
const nodes = [
  { id: "raw", type: "getRawInput", config: { as: "payload" } },
  SWITCH,
  answer("a"),
  answer("b"),
  answer("c"),
];

describe("switch", () => {
  it("continues on the case whose value equals the expression, else on default", async () => {
    const { run } = stackOn([]);
    expect((await run(nodes, { edges, body: '{"type":"invoice.paid"}' })).response.body).toBe("a");
    expect((await run(nodes, { edges, body: '{"type":"invoice.payment_failed"}' })).response.body).toBe("b");
    const other = await run(nodes, { edges, body: '{"type":"customer.created"}' });
    expect(other.response.body).toBe("c");
    expect(other.trace.find((t) => t.nodeId === "sw")).toMatchObject({
      handle: "default",
      output: { value: "customer.created", case: "default" },
    });
  });

  it("has one output per case, in order, then default and error", () => {
    expect(outgoingHandles(switchNode, SWITCH.config).map((h) => h.id)).toEqual(["paid", "failed", "default", "error"]);
    expect(outgoingHandles(switchNode).map((h) => h.id)).toEqual(["default", "error"]);
  });

  it("rejects reserved case names and connections to outputs it does not have", () => {
    const graph = (cases: Record<string, string>, handle: string) =>
      ZGraph.parse({
        version: 1,
        nodes: [
          { id: "start", type: "webhook" },
          { id: "sw", type: "switch", config: { value: "1", cases } },
          answer("a"),
        ],
        edges: [
          { source: "start", target: "sw" },
          { source: "sw", sourceHandle: handle, target: "a" },
        ],
      });
    expect(findGraphProblems(graph({ one: "1" }, "one")).errors).toEqual([]);
    expect(findGraphProblems(graph({ default: "1" }, "default")).errors[0]?.message).toMatch(/reserved/);
    expect(findGraphProblems(graph({ one: "1" }, "two")).errors[0]?.message).toMatch(
      /no "two" output \(outputs: one, default, error\)/,
    );
  });
});
