import { describe, expect, it } from "vitest";
import type { TGraph } from "@/lib/graph/schema";
import { verifySignature } from "@/lib/signatures/verify";
import { buildTestRequest } from "./build-test-request";
import { findSignatureNode, signForGraph } from "./sign-for-graph";

const SECRET = "whsec_unit_0123456789";
const ENV = { STRIPE_SECRET: SECRET, OTHER: "another-secret-value" };

function graph(sigConfig: Record<string, unknown>, extra: TGraph["nodes"] = []): TGraph {
  return {
    version: 1,
    nodes: [
      { id: "start", type: "webhook", config: {} },
      ...extra,
      { id: "sig", type: "hmacVerify", config: sigConfig },
    ],
    edges: [{ source: "start", sourceHandle: "next", target: "sig" }],
  };
}

const request = (body: string) =>
  buildTestRequest({
    endpointId: "ep_1",
    origin: "https://hooks.example.com",
    ip: "",
    receivedAt: new Date(),
    method: "POST",
    body,
  });

describe("findSignatureNode", () => {
  it("prefers the signature node reached from the start, and names a wrong node id", () => {
    const g = graph({ preset: "stripe", secret: "$env.STRIPE_SECRET" }, [
      { id: "orphan", type: "hmacVerify", config: {} },
    ]);
    expect(findSignatureNode(g).id).toBe("sig");
    expect(findSignatureNode(g, "orphan").id).toBe("orphan");
    expect(() => findSignatureNode(g, "start")).toThrow(/not a Verify signature node/);
  });

  it("explains a stack without one", () => {
    const g: TGraph = { version: 1, nodes: [{ id: "start", type: "webhook", config: {} }], edges: [] };
    expect(() => findSignatureNode(g)).toThrow(/no Verify signature node/);
  });
});

describe("signForGraph (the sign route's logic)", () => {
  it("signs with the secret from the environment so the node's own check passes", async () => {
    const body = '{"id":"evt_1","type":"invoice.paid"}';
    const req = request(body);
    const signed = await signForGraph({
      graph: graph({ preset: "stripe", secret: "$env.STRIPE_SECRET" }),
      env: ENV,
      request: req,
    });
    expect(signed.nodeId).toBe("sig");
    expect(signed.preset).toBe("stripe");
    expect(Object.keys(signed.headers)).toEqual(["stripe-signature"]);
    expect(JSON.stringify(signed)).not.toContain(SECRET);
    const result = verifySignature({
      preset: "stripe",
      secrets: [SECRET],
      rawBody: body,
      headers: signed.headers,
      url: req.url,
      nowSeconds: Date.now() / 1000,
      toleranceSeconds: 300,
    });
    expect(result.valid).toBe(true);
  });

  it("uses the first secret of a rotation list and the generic preset's settings", async () => {
    const g = graph({
      preset: "generic",
      secret: "[$env.OTHER, $env.STRIPE_SECRET]",
      header: "X-Sig",
      algorithm: "sha256",
      encoding: "hex",
      prefix: "sha256=",
    });
    const req = request("hello");
    const signed = await signForGraph({ graph: g, env: ENV, request: req });
    expect(signed.headers["x-sig"]).toMatch(/^sha256=[0-9a-f]{64}$/);
    const generic = { header: "X-Sig", algorithm: "sha256", encoding: "hex", prefix: "sha256=" } as const;
    const verify = (secrets: string[]) =>
      verifySignature({
        preset: "generic",
        secrets,
        rawBody: "hello",
        headers: signed.headers,
        url: req.url,
        nowSeconds: 0,
        toleranceSeconds: 300,
        generic,
      });
    expect(verify(["another-secret-value"]).valid).toBe(true);
    expect(verify([SECRET]).valid).toBe(false);
  });

  it("says which environment variable is missing, and never echoes a secret in errors", async () => {
    await expect(
      signForGraph({
        graph: graph({ preset: "github", secret: "$env.GITHUB_SECRET" }),
        env: ENV,
        request: request("{}"),
      }),
    ).rejects.toThrow("environment variable GITHUB_SECRET is not set, so there is no secret to sign with");
    const bad = graph({ preset: "standard", secret: "$env.STRIPE_SECRET" }); // not a base64 whsec_ secret
    const err = await signForGraph({ graph: bad, env: ENV, request: request("{}") }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).not.toContain(SECRET);
  });

  it("reports a node that is not set up", async () => {
    await expect(
      signForGraph({ graph: graph({ preset: "stripe", secret: "" }), env: ENV, request: request("{}") }),
    ).rejects.toThrow(/not set up yet/);
  });
});
