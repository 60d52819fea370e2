import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { allRecords, history, publishEndpoint, seedStripeReceiver, STRIPE_SECRET } from "../support/seed";
import { startSlowReceiver } from "../support/slow-receiver";
import { invoicePaidEvent } from "../support/stripe-event";
import { startTestServer, type TTestServer } from "../support/test-server";
import { ERROR_HANDLE_GRAPH, NESTED_LOOPS_GRAPH, sideEffectsGraph } from "./fixtures";

type TEntry = {
  nodeId: string;
  status: string;
  iteration?: number;
  iterationPath?: number[];
  output?: any;
  input?: any;
  handle?: string;
  error?: string;
};

describeEachProvider("test runs: dry run, traces, signing", (provider) => {
  let s: TTestServer;
  let receiver: Awaited<ReturnType<typeof startSlowReceiver>>;
  let stripe: { id: string };
  beforeAll(async () => {
    receiver = await startSlowReceiver({ delayMs: 0 });
    s = await startTestServer(provider, { HOOKSTACK_OUTBOUND_ALLOWLIST: "127.0.0.1" });
    stripe = await seedStripeReceiver(s);
  });
  afterAll(async () => {
    await s?.stop();
    await receiver?.close();
  });

  const test = (id: string, body: Record<string, unknown>) => s.api("POST", `/api/v1/endpoints/${id}/test`, body);
  const sign = (id: string, body: Record<string, unknown>) => s.api("POST", `/api/v1/endpoints/${id}/sign`, body);

  it("dry run: writes no records and sends nothing, and the trace shows what it would have written and sent", async () => {
    const ep = await publishEndpoint(s, sideEffectsGraph(receiver.url));
    const before = (await allRecords(s, "invoice_lines")).length;
    const dry = await test(ep.id, { body: { id: "evt_dry", amount: 7 }, dryRun: true });
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body.response).toMatchObject({ status: 200, body: { sent: 200 } });
    const byNode = Object.fromEntries((dry.body.trace as TEntry[]).map((e) => [e.nodeId, e]));
    expect(byNode.notify).toMatchObject({
      status: "skipped",
      output: {
        dryRun: true,
        wouldSend: { method: "POST", url: receiver.url, body: JSON.stringify({ event: "evt_dry" }) },
      },
    });
    expect(byNode.save).toMatchObject({
      status: "skipped",
      output: { dryRun: true, wouldWrite: { table: "invoice_lines", record: { event_id: "evt_dry", amount: 7 } } },
    });
    expect(receiver.calls()).toBe(0);
    expect((await allRecords(s, "invoice_lines")).length).toBe(before);
    // Kept in the history as a test run, like any other.
    const [entry] = await history(s, ep.id, "&source=test");
    expect(entry).toMatchObject({ id: dry.body.requestId, source: "test", version: null, state: "succeeded" });

    const real = await test(ep.id, { body: { id: "evt_real", amount: 8 }, dryRun: false });
    expect(real.status).toBe(200);
    expect((real.body.trace as TEntry[]).find((e) => e.nodeId === "save")?.status).toBe("ok");
    expect(receiver.calls()).toBe(1);
    expect((await allRecords(s, "invoice_lines")).some((r) => r.event_id === "evt_real")).toBe(true);
  });

  it("traces every loop iteration with its number, nested loops with their full path", async () => {
    const ep = await publishEndpoint(s, NESTED_LOOPS_GRAPH);
    const run = await test(ep.id, { body: { groups: [{ items: [1, 2] }, { items: [3] }] } });
    expect(run.body.response.body).toEqual({ last: 6 });
    const trace = run.body.trace as TEntry[];
    expect(
      trace.map(
        (e) =>
          `${e.nodeId}${e.iterationPath ? `@${e.iterationPath.join(".")}` : e.iteration !== undefined ? `@${e.iteration}` : ""}`,
      ),
    ).toEqual(["start", "raw", "groups", "items@0", "double@0.0", "double@0.1", "items@1", "double@1.0", "ok"]);
    expect(trace.find((e) => e.nodeId === "groups")).toMatchObject({ handle: "each", output: { count: 2 } });
    const doubles = trace.filter((e) => e.nodeId === "double");
    expect(doubles.map((e) => e.iteration)).toEqual([0, 1, 0]);
    expect(doubles.map((e) => e.output)).toEqual([2, 4, 6]);
  });

  it("traces the contract example's loop: one skipped addRecord per invoice line in a dry run", async () => {
    const body = JSON.stringify(invoicePaidEvent("evt_loop", 3));
    const signed = await sign(stripe.id, { body });
    const run = await test(stripe.id, { body, headers: signed.body.headers, dryRun: true });
    expect(run.body.response.status).toBe(200);
    const saves = (run.body.trace as TEntry[]).filter((e) => e.nodeId === "save");
    expect(saves.map((e) => [e.iteration, e.status, e.output.wouldWrite.record.amount])).toEqual([
      [0, "skipped", 1000],
      [1, "skipped", 1001],
      [2, "skipped", 1002],
    ]);
  });

  it("follows the error handle: the failing node is traced as an error and the run goes on", async () => {
    const ep = await publishEndpoint(s, ERROR_HANDLE_GRAPH);
    const run = await test(ep.id, {});
    expect(run.body.response).toMatchObject({
      status: 502,
      body: { handled: expect.stringContaining("card declined"), at: "charge" },
    });
    expect(run.body.error).toBeUndefined();
    const trace = run.body.trace as TEntry[];
    expect(trace.map((e) => `${e.nodeId}:${e.status}`)).toEqual(["start:ok", "charge:error", "fallback:ok"]);
    expect(trace[1]!.error).toContain("card declined");
    const [entry] = await history(s, ep.id);
    expect(entry).toMatchObject({ status: 502, state: "succeeded", error: null });
  });

  it("signs a test request for the stack's signature node: signed passes, unsigned fails at that node", async () => {
    const body = JSON.stringify(invoicePaidEvent("evt_signed", 1));
    const signed = await sign(stripe.id, { body });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    expect(signed.body).toMatchObject({
      nodeId: "sig",
      preset: "stripe",
      headers: { "stripe-signature": expect.stringMatching(/^t=\d+,v1=[0-9a-f]{64}$/) },
    });
    expect(JSON.stringify(signed.body)).not.toContain(STRIPE_SECRET);

    const ok = await test(stripe.id, { body, headers: signed.body.headers, dryRun: true });
    expect(ok.body.response.status).toBe(200);
    const unsigned = await test(stripe.id, { body, dryRun: true });
    expect(unsigned.body.response).toMatchObject({ status: 401, body: { error: "invalid signature" } });
    expect(unsigned.body.error).toMatchObject({ nodeId: "sig" });
    expect((unsigned.body.trace as TEntry[]).at(-1)).toMatchObject({
      nodeId: "sig",
      status: "error",
      input: { secret: "[redacted]" },
    });

    // Signing follows the unsaved graph sent along, and explains what is missing.
    const github = {
      version: 1,
      nodes: [
        { id: "start", type: "webhook", config: {} },
        { id: "gh", type: "hmacVerify", config: { preset: "github", secret: "$env.GITHUB_WEBHOOK_SECRET" } },
      ],
      edges: [{ source: "start", target: "gh" }],
    };
    const missing = await sign(stripe.id, { body, graph: github });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toBe(
      "environment variable GITHUB_WEBHOOK_SECRET is not set, so there is no secret to sign with",
    );
    const none = await sign(stripe.id, {
      body,
      graph: { version: 1, nodes: [{ id: "start", type: "webhook", config: {} }], edges: [] },
    });
    expect(none.status).toBe(400);
    expect((await sign("ep_missing", { body })).status).toBe(404);
  });
});
