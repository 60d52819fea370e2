import { describe, expect, it } from "vitest";
import { findSignatureNode } from "@/lib/endpoints/sign-for-graph";
import type { TGraph } from "@/lib/graph/schema";
import { makeStore } from "@/tests/support/editor-store";
import { signatureNodeOf } from "./signature-node";

/** Two signature nodes, the first in the array not reachable from the start: the one reached must win. */
const TWO_SIGNATURE_NODES: TGraph = {
  version: 1,
  nodes: [
    { id: "start", type: "webhook", position: { x: 0, y: 0 }, config: {} },
    {
      id: "github_sig",
      type: "hmacVerify",
      position: { x: 300, y: 200 },
      config: { preset: "github", secret: "$env.GH" },
    },
    {
      id: "stripe_sig",
      type: "hmacVerify",
      position: { x: 300, y: 0 },
      config: { preset: "stripe", secret: "$env.STRIPE" },
    },
    { id: "ok", type: "response", position: { x: 600, y: 0 }, config: { status: "200" } },
  ],
  edges: [
    { source: "start", sourceHandle: "next", target: "stripe_sig" },
    { source: "stripe_sig", sourceHandle: "next", target: "ok" },
  ],
};

describe("the signature node a test request is signed for", () => {
  it("is the same node in the editor's Sign it row and on the server that signs", () => {
    const server = findSignatureNode(TWO_SIGNATURE_NODES);
    const editor = signatureNodeOf(makeStore(TWO_SIGNATURE_NODES).getState());
    expect(server.id).toBe("stripe_sig");
    expect(editor?.id).toBe(server.id);
  });

  it("falls back to the first in the graph in both when none is reached from the start", () => {
    const unreached: TGraph = { ...TWO_SIGNATURE_NODES, edges: [] };
    expect(findSignatureNode(unreached).id).toBe("github_sig");
    expect(signatureNodeOf(makeStore(unreached).getState())?.id).toBe("github_sig");
  });
});
