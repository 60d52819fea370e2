import { describe, expect, it } from "vitest";
import { runChain } from "@/tests/support/graph-builder";

describe("externalRequest", () => {
  it("sends objects as JSON, stringifies header values, and parses JSON answers", async () => {
    const r = await runChain(
      [
        {
          id: "call",
          type: "externalRequest",
          config: { url: "'https://api.example/x'", headers: { "X-Count": "3" }, body: "{ 'a': 1 }", as: "res" },
        },
        { id: "out", type: "response", config: { body: "{ 'status': $res.status, 'got': $res.body.echo }" } },
      ],
      "{}",
      (req) => ({
        status: 201,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ echo: req.body }),
      }),
    );
    expect(r.sent[0]).toMatchObject({
      method: "POST",
      url: "https://api.example/x",
      headers: { "x-count": "3", "content-type": "application/json" },
      body: '{"a":1}',
    });
    expect(r.response.body).toEqual({ status: 201, got: '{"a":1}' });
  });
  it("fails the node when the URL is not text", async () => {
    const r = await runChain([{ id: "call", type: "externalRequest", config: { url: "42" } }]);
    expect(r.error).toMatchObject({ nodeId: "call", message: "url must evaluate to text" });
  });
});
