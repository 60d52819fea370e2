import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { allRecords, history, publishEndpoint, seedStripeReceiver, STRIPE_SECRET } from "../support/seed";
import { stripeSignature } from "../support/stripe-event";
import { startTestServer, type TTestServer } from "../support/test-server";
import { signedMarkerGraph } from "./fixtures";

describeEachProvider("replay from the history", (provider) => {
  let s: TTestServer;
  beforeAll(async () => {
    s = await startTestServer(provider);
    await seedStripeReceiver(s); // the table and STRIPE_SECRET
  });
  afterAll(async () => {
    await s?.stop();
  });

  const replay = (id: string, requestId: string, body: Record<string, unknown>) =>
    s.api("POST", `/api/v1/endpoints/${id}/requests/${requestId}/replay`, body);

  async function liveRequest(id: string, eventId: string) {
    const body = JSON.stringify({ id: eventId, type: "invoice.paid" });
    const res = await s.post(`/hooks/${id}`, body, {
      "stripe-signature": stripeSignature(body, STRIPE_SECRET),
      "x-delivery": "d-1",
    });
    expect(res.status).toBe(200);
    const [entry] = await history(s, id);
    expect(entry.headers["stripe-signature"]).toBe("[redacted]");
    return entry;
  }

  it("replays a stored request on the draft: redacted signature fails, re-signed passes, kept as a replay", async () => {
    const ep = await publishEndpoint(s, signedMarkerGraph("live"));
    const entry = await liveRequest(ep.id, "evt_replay_draft");
    // The draft moves on; the live version stays.
    expect((await s.api("PUT", `/api/v1/endpoints/${ep.id}/graph`, { graph: signedMarkerGraph("draft") })).status).toBe(
      200,
    );

    const unsigned = await replay(ep.id, entry.id, { target: "draft", dryRun: true });
    expect(unsigned.status, JSON.stringify(unsigned.body)).toBe(200);
    expect(unsigned.body).toMatchObject({
      target: "draft",
      replayOf: entry.id,
      version: null,
      redactedHeaders: ["stripe-signature"],
    });
    expect(unsigned.body.response).toMatchObject({ status: 401, body: { error: "invalid signature" } });
    expect(unsigned.body.error).toMatchObject({
      nodeId: "sig",
      message: expect.stringContaining("missing Stripe-Signature header"),
    });

    const before = (await allRecords(s, "invoice_lines")).length;
    const resigned = await replay(ep.id, entry.id, { target: "draft", dryRun: true, resign: true });
    expect(resigned.body.response).toMatchObject({ status: 200, body: { marker: "draft", id: "evt_replay_draft" } });
    expect(resigned.body.trace.find((e: { nodeId: string }) => e.nodeId === "save").status).toBe("skipped");
    expect((await allRecords(s, "invoice_lines")).length).toBe(before);

    // An unsaved graph can be given, as in the test panel.
    const unsaved = await replay(ep.id, entry.id, {
      target: "draft",
      resign: true,
      dryRun: true,
      graph: signedMarkerGraph("unsaved"),
    });
    expect(unsaved.body.response.body).toMatchObject({ marker: "unsaved" });

    const replays = await history(s, ep.id, "&source=replay");
    expect(replays.map((r) => r.id)).toEqual([
      unsaved.body.requestId,
      resigned.body.requestId,
      unsigned.body.requestId,
    ]);
    const stored = replays.find((r) => r.id === resigned.body.requestId);
    // The replayed request is the stored one: same body, method and ordinary headers.
    expect(stored).toMatchObject({ source: "replay", version: null, method: "POST", body: entry.body, status: 200 });
    expect(stored.headers["x-delivery"]).toBe("d-1");
    expect(stored.headers["stripe-signature"]).toBe("[redacted]");
  });

  it("re-sends a stored request to the live version for real", async () => {
    const ep = await publishEndpoint(s, signedMarkerGraph("live"));
    const entry = await liveRequest(ep.id, "evt_replay_live");
    await s.api("PUT", `/api/v1/endpoints/${ep.id}/graph`, { graph: signedMarkerGraph("draft") });
    const before = (await allRecords(s, "invoice_lines")).filter((r) => r.event_id === "evt_replay_live").length;

    const live = await replay(ep.id, entry.id, { target: "live", resign: true });
    expect(live.status, JSON.stringify(live.body)).toBe(200);
    expect(live.body).toMatchObject({
      target: "live",
      version: 1,
      replayOf: entry.id,
      response: { status: 200, body: { marker: "live" } },
    });
    expect((await allRecords(s, "invoice_lines")).filter((r) => r.event_id === "evt_replay_live").length).toBe(
      before + 1,
    );
    const [newest] = await history(s, ep.id);
    expect(newest).toMatchObject({ id: live.body.requestId, source: "replay", version: 1, status: 200 });

    const unsigned = await replay(ep.id, entry.id, { target: "live" });
    expect(unsigned.body.response.status).toBe(401);
  });

  it("refuses what cannot be replayed, naming why", async () => {
    const ep = await publishEndpoint(s, signedMarkerGraph("live"));
    const entry = await liveRequest(ep.id, "evt_refused");
    expect((await replay(ep.id, "req_missing", { target: "draft" })).status).toBe(404);
    const bad = await replay(ep.id, entry.id, { target: "somewhere" });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ path: "target" });

    const draftOnly = await s.api("POST", "/api/v1/endpoints", {
      name: "never published",
      graph: signedMarkerGraph("d"),
    });
    const test = await s.api("POST", `/api/v1/endpoints/${draftOnly.body.id}/test`, { body: "{}" });
    const toLive = await replay(draftOnly.body.id, test.body.requestId, { target: "live" });
    expect(toLive.status).toBe(409);
    expect(toLive.body.error).toMatch(/no live version/);

    await s.api("PATCH", `/api/v1/endpoints/${ep.id}`, { enabled: false });
    expect((await replay(ep.id, entry.id, { target: "live" })).status).toBe(409);
  });
});
