import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { startTestServer, type TTestServer } from "../support/test-server";
import { allRecords, history, publishEndpoint, seedStripeReceiver, STRIPE_SECRET } from "../support/seed";
import { invoicePaidEvent, stripeSignature } from "../support/stripe-event";

describeEachProvider("public URL", (provider) => {
  let server: TTestServer;
  let hook: { id: string; path: string };

  beforeAll(async () => {
    server = await startTestServer(provider, { HOOKSTACK_MAX_BODY_BYTES: "4096" });
    hook = await seedStripeReceiver(server);
  });
  afterAll(() => server?.stop());

  const signedPost = (body: string, secret = STRIPE_SECRET) =>
    server.post(hook.path, body, { "stripe-signature": stripeSignature(body, secret) });

  it("runs the contract's example for a signed invoice.paid: one record per line, 200, kept in the history", async () => {
    const body = JSON.stringify(invoicePaidEvent("evt_ok", 3));
    const res = await signedPost(body);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: true });
    const lines = (await allRecords(server, "invoice_lines")).filter((r) => r.event_id === "evt_ok");
    expect(lines.map((r) => r.amount).sort()).toEqual([1000, 1001, 1002]);
    expect(lines[0]).toMatchObject({ id: expect.stringMatching(/^rec_/), createdAt: expect.any(String) });
    const [latest] = await history(server, hook.id);
    expect(latest).toMatchObject({ method: "POST", status: 200, body });
    expect(latest.trace.filter((t: { nodeId: string }) => t.nodeId === "save")).toHaveLength(3);
    expect(latest.headers["stripe-signature"]).toBe("[redacted]");
    // The history keeps the trace compactly (lib/engine/stored-trace.ts) and answers it whole.
    const raw = latest.trace.find((t: { nodeId: string }) => t.nodeId === "raw");
    expect(raw).toEqual({
      nodeId: "raw",
      type: "getRawInput",
      status: "ok",
      startedAt: expect.any(String),
      durationMs: expect.any(Number),
      input: {},
      output: JSON.parse(body),
      handle: "next",
    });
    expect(Math.abs(Date.parse(raw.startedAt) - Date.parse(latest.receivedAt))).toBeLessThan(5_000);
  });

  it("answers 401 to a bad signature and stores nothing", async () => {
    const before = (await allRecords(server, "invoice_lines")).length;
    const body = JSON.stringify(invoicePaidEvent("evt_forged", 2));
    const res = await signedPost(body, "whsec_wrong");
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "invalid signature" });
    expect((await allRecords(server, "invoice_lines")).length).toBe(before);
    const [latest] = await history(server, hook.id);
    expect(latest).toMatchObject({
      status: 401,
      error: { nodeId: "sig", message: expect.stringContaining("invalid signature") },
    });
    expect(JSON.stringify(latest)).not.toContain(STRIPE_SECRET);
  });

  it("answers 400 to a body that is not JSON", async () => {
    const res = await signedPost("{ this is not json");
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/not valid JSON/);
  });

  it("answers 413 to a body over the limit and keeps the attempt in the history", async () => {
    const res = await server.post(hook.path, JSON.stringify({ pad: "x".repeat(10_000) }));
    expect(res.status).toBe(413);
    const [latest] = await history(server, hook.id);
    expect(latest).toMatchObject({ status: 413, bodySize: expect.any(Number) });
    expect(latest.bodySize).toBeGreaterThan(4096);
  });

  it("answers 405 with Allow to other methods, 404 to unknown endpoints", async () => {
    const get = await fetch(server.baseUrl + hook.path);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    const unknown = await server.post("/hooks/ep_doesnotexist", "{}");
    expect(unknown.status).toBe(404);
  });

  it("stops a run that loops past the iteration limit with 500 naming the limit and the node, storing nothing", async () => {
    const { path } = await publishEndpoint(server, {
      version: 1,
      nodes: [
        { id: "start", type: "webhook", config: {} },
        { id: "many", type: "forEach", config: { list: "[1..5000]" } },
        {
          id: "save",
          type: "addRecord",
          config: { table: "invoice_lines", fields: { event_id: "'loop'", amount: "$item" } },
        },
      ],
      edges: [
        { source: "start", target: "many" },
        { source: "many", sourceHandle: "each", target: "save" },
      ],
    });
    const res = await server.post(path, "{}");
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.error).toMatch(/limit of 1000 iterations per loop reached at node "many"/);
    expect(body.requestId).toMatch(/^req_/);
    expect((await allRecords(server, "invoice_lines")).some((r) => r.event_id === "loop")).toBe(false);
  });

  it("refuses an invalid graph whole, naming each node and field, and keeps the previous draft", async () => {
    const bad = {
      version: 1,
      nodes: [
        { id: "start", type: "webhook", config: {} },
        { id: "cond", type: "conditional", config: { condition: "$payload.type = " } },
      ],
      edges: [{ source: "start", target: "cond" }],
    };
    const res = await server.api("PUT", `/api/v1/endpoints/${hook.id}/graph`, { graph: bad });
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual(
      expect.objectContaining({ nodeId: "cond", path: expect.stringContaining("condition") }),
    );
    const after = await server.api("GET", `/api/v1/endpoints/${hook.id}`);
    expect(after.body.draft.nodes.map((n: { id: string }) => n.id)).toContain("sig");
  });

  it("answers 404 once the endpoint is disabled", async () => {
    const { id, path } = await publishEndpoint(server, {
      version: 1,
      nodes: [{ id: "start", type: "webhook", config: {} }],
      edges: [],
    });
    expect((await server.post(path, "{}")).status).toBe(200);
    await server.api("PATCH", `/api/v1/endpoints/${id}`, { enabled: false });
    expect((await server.post(path, "{}")).status).toBe(404);
  });

  describe("dedupe", () => {
    it("runs simultaneous copies of one event once and answers every copy with the first answer", async () => {
      const table = await server.api("POST", "/api/v1/tables", {
        name: "deliveries",
        fields: [{ name: "event_id", type: "text", required: true }],
      });
      expect(table.status).toBe(201);
      const { path } = await publishEndpoint(server, {
        version: 1,
        nodes: [
          { id: "start", type: "webhook", config: {} },
          { id: "raw", type: "getRawInput", config: { as: "payload" } },
          { id: "once", type: "dedupe", config: { key: "$payload.id" } },
          { id: "save", type: "addRecord", config: { table: "deliveries", fields: { event_id: "$payload.id" } } },
          { id: "ok", type: "response", config: { status: "201", body: "{ 'stored': $record.id }" } },
        ],
        edges: [
          { source: "start", target: "raw" },
          { source: "raw", target: "once" },
          { source: "once", target: "save" },
          { source: "save", target: "ok" },
        ],
      });
      const answers = await Promise.all(
        Array.from({ length: 12 }, () =>
          server.post(path, JSON.stringify({ id: "evt_dup" })).then(async (r) => [r.status, await r.json()]),
        ),
      );
      const first = answers[0]!;
      expect(first[0]).toBe(201);
      for (const a of answers) expect(a).toEqual(first);
      expect((await allRecords(server, "deliveries")).filter((r) => r.event_id === "evt_dup")).toHaveLength(1);
      // A different event still runs.
      const other = await server.post(path, JSON.stringify({ id: "evt_other" }));
      expect(other.status).toBe(201);
      expect((await allRecords(server, "deliveries")).length).toBe(2);
    });
  });

  it("stores a unique value once when concurrent runs race for it, and the others fail whole", async () => {
    const table = await server.api("POST", "/api/v1/tables", {
      name: "orders",
      fields: [
        { name: "order_id", type: "text", required: true, unique: true },
        { name: "note", type: "text" },
      ],
    });
    expect(table.status).toBe(201);
    const { path } = await publishEndpoint(server, {
      version: 1,
      nodes: [
        { id: "start", type: "webhook", config: {} },
        { id: "raw", type: "getRawInput", config: { as: "payload" } },
        {
          id: "save",
          type: "addRecord",
          config: { table: "orders", fields: { order_id: "$payload.order", note: "$payload.note" } },
        },
        { id: "ok", type: "response", config: { status: "201", body: "{ 'id': $record.id }" } },
      ],
      edges: [
        { source: "start", target: "raw" },
        { source: "raw", target: "save" },
        { source: "save", target: "ok" },
      ],
    });
    // Distinct orders ride in the same commit batches as the racing copies: none of them may be lost.
    const bodies = Array.from({ length: 16 }, (_, i) =>
      JSON.stringify(i % 2 ? { order: "o-race", note: `copy ${i}` } : { order: `o-${i}` }),
    );
    const statuses = await Promise.all(bodies.map((b) => server.post(path, b).then((r) => r.status)));
    const racing = statuses.filter((_, i) => i % 2);
    expect(racing.filter((s) => s === 201)).toHaveLength(1);
    expect(racing.filter((s) => s === 500)).toHaveLength(7);
    expect(statuses.filter((_, i) => i % 2 === 0).every((s) => s === 201)).toBe(true);
    const stored = await allRecords(server, "orders");
    expect(stored.filter((r) => r.order_id === "o-race")).toHaveLength(1);
    expect(stored).toHaveLength(9);
  });

  it("answers 429 with Retry-After over the endpoint's rate limit", async () => {
    const { path } = await publishEndpoint(
      server,
      { version: 1, nodes: [{ id: "start", type: "webhook", config: {} }], edges: [] },
      {
        // An hour: the five requests cannot straddle a fixed window's edge (a new window would admit them again).
        rateLimit: { limit: 3, windowSeconds: 3600 },
      },
    );
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      const res = await server.post(path, "{}");
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });
});
