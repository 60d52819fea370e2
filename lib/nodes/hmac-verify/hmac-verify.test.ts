import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { chainGraph, runGraph } from "@/tests/support/graph-builder";

const SECRET = "whsec_node_test_123";
const BODY = '{"id":"evt_1"}';

/** Stripe's documented scheme: `t=<seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
function stripeHeader(secret: string, body: string, t = Math.floor(Date.now() / 1000)) {
  return `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`;
}

const graph = chainGraph([
  { id: "sig", type: "hmacVerify", config: { preset: "stripe", secret: "$env.STRIPE_SECRET" } },
  { id: "out", type: "response", config: { body: "$signature" } },
]);

describe("hmacVerify", () => {
  it("lets a correctly signed request through and binds what it verified", async () => {
    const r = await runGraph(graph, {
      body: BODY,
      env: { STRIPE_SECRET: SECRET },
      headers: { "stripe-signature": stripeHeader(SECRET, BODY) },
    });
    expect(r.response.status).toBe(200);
    expect(r.response.body).toMatchObject({ valid: true, preset: "stripe" });
  });

  it("answers 401 to a signature made with another secret, without running further", async () => {
    const r = await runGraph(graph, {
      body: BODY,
      env: { STRIPE_SECRET: SECRET },
      headers: { "stripe-signature": stripeHeader("whsec_other", BODY) },
    });
    expect(r.response).toMatchObject({ status: 401, body: { error: "invalid signature" } });
    expect(r.trace.map((t) => t.nodeId)).toEqual(["start", "sig"]);
  });
});
