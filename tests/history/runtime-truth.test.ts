import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { allRecords, history, publishEndpoint, seedStripeReceiver, STRIPE_SECRET, waitUntil } from "../support/seed";
import { stripeSignature } from "../support/stripe-event";
import { startTestServer, type TTestServer } from "../support/test-server";
import { TEST_OWNER } from "../support/auth";
import { signedMarkerGraph } from "./fixtures";

/** Issue #14: the history tells how a run ended (background, no Response, replays), and publishing keeps a note. */
describeEachProvider("runtime truth (#14)", (provider) => {
  let s: TTestServer;
  beforeAll(async () => {
    s = await startTestServer(provider);
    await seedStripeReceiver(s);
  });
  afterAll(async () => {
    await s?.stop();
  });

  const replay = (id: string, requestId: string, body: Record<string, unknown>) =>
    s.api("POST", `/api/v1/endpoints/${id}/requests/${requestId}/replay`, body);

  it("background: the row keeps the 202 the caller got and how the run ended; a bad signature is not retried", async () => {
    const ep = await publishEndpoint(s, signedMarkerGraph("bg"), {
      mode: "background",
      maxAttempts: 5,
      retryBaseDelayMs: 100,
    });
    const body = JSON.stringify({ id: "evt_bg_bad" });
    const res = await s.post(`/hooks/${ep.id}`, body, { "stripe-signature": stripeSignature(body, "whsec_wrong") });
    expect(res.status).toBe(202);
    const { requestId } = await res.json();
    const failed = await waitUntil(
      async () => (await history(s, ep.id)).find((r) => r.id === requestId && r.state === "failed"),
      15_000,
      "the run to fail",
    );
    expect(failed).toMatchObject({
      acceptedStatus: 202,
      status: 401,
      attempts: 1,
      failedCheck: "signature",
      error: { nodeId: "sig", final: "signature" },
    });
    // No later attempt happens: the job stays failed with one attempt.
    await new Promise((r) => setTimeout(r, 600));
    const [again] = (await history(s, ep.id)).filter((r) => r.id === requestId);
    expect(again).toMatchObject({ state: "failed", attempts: 1 });

    // Asking for every failure to be retried brings the retries back.
    const retrying = await publishEndpoint(s, signedMarkerGraph("bg2"), {
      mode: "background",
      maxAttempts: 2,
      retryBaseDelayMs: 100,
      retryOn: "any",
    });
    const second = await (await s.post(`/hooks/${retrying.id}`, body, { "stripe-signature": "t=1,v1=bad" })).json();
    const done = await waitUntil(
      async () => (await history(s, retrying.id)).find((r) => r.id === second.requestId && r.state === "failed"),
      15_000,
      "two attempts",
    );
    expect(done).toMatchObject({ attempts: 2, acceptedStatus: 202 });
    expect(done.error.final).toBeUndefined();

    // A direct endpoint's rows have no accepted status.
    const direct = await publishEndpoint(s, signedMarkerGraph("direct"));
    await s.post(`/hooks/${direct.id}`, body, {});
    const [row] = await history(s, direct.id);
    expect(row).toMatchObject({ acceptedStatus: null, status: 401, failedCheck: "signature" });
  }, 40_000);

  it("marks runs that ended without a Response node", async () => {
    const graph = {
      version: 1,
      nodes: [
        { id: "start", type: "webhook", config: {} },
        { id: "raw", type: "getRawInput", config: { encoding: "auto", as: "input" } },
        { id: "if", type: "conditional", config: { condition: "$input.ok = true" } },
        { id: "yes", type: "response", config: { status: "201", body: "{ 'ref': $input.ref }" } },
      ],
      edges: [
        { source: "start", target: "raw" },
        { source: "raw", target: "if" },
        { source: "if", sourceHandle: "true", target: "yes" },
      ],
    };
    const ep = await publishEndpoint(s, graph);
    const answered = await s.post(`/hooks/${ep.id}`, JSON.stringify({ ok: true, ref: "a" }), {
      "content-type": "application/json",
    });
    expect(answered.status).toBe(201);
    const silent = await s.post(`/hooks/${ep.id}`, JSON.stringify({ ok: false }), {
      "content-type": "application/json",
    });
    expect(silent.status).toBe(200);
    expect(await silent.json()).toEqual({ ok: true });
    // GitHub's default content type: the JSON travels in the form's payload field, and auto reads it.
    const form = `payload=${encodeURIComponent(JSON.stringify({ ok: true, ref: "refs/heads/main" }))}`;
    const github = await s.post(`/hooks/${ep.id}`, form, { "content-type": "application/x-www-form-urlencoded" });
    expect(github.status).toBe(201);
    expect(await github.json()).toEqual({ ref: "refs/heads/main" });
    const rows = await history(s, ep.id);
    expect(rows.map((r) => [r.status, r.endedWithoutResponse])).toEqual([
      [201, false],
      [200, true],
      [201, false],
    ]);
  });

  it("a JSON stack answers a form body with a 400 that names the content type", async () => {
    const ep = await publishEndpoint(s, signedMarkerGraph("ct"));
    const res = await s.post(`/hooks/${ep.id}`, "payload=%7B%7D", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toContain('content-type was "application/x-www-form-urlencoded"');
  });

  it("a replay of a request that failed its signature check is recorded with what the original failed", async () => {
    const ep = await publishEndpoint(s, signedMarkerGraph("replay"));
    const body = JSON.stringify({ id: "evt_forged" });
    expect(
      (await s.post(`/hooks/${ep.id}`, body, { "stripe-signature": stripeSignature(body, "whsec_attacker") })).status,
    ).toBe(401);
    const [forged] = await history(s, ep.id);
    expect(forged.failedCheck).toBe("signature");

    const before = (await allRecords(s, "invoice_lines")).length;
    const asStored = await replay(ep.id, forged.id, { target: "live" });
    expect(asStored.status, JSON.stringify(asStored.body)).toBe(200);
    expect(asStored.body).toMatchObject({ originalFailed: "signature", resigned: false, response: { status: 401 } });
    expect((await allRecords(s, "invoice_lines")).length).toBe(before);

    const resigned = await replay(ep.id, forged.id, { target: "live", resign: true });
    expect(resigned.body).toMatchObject({ originalFailed: "signature", resigned: true, response: { status: 200 } });

    const replays = await history(s, ep.id, "&source=replay");
    expect(replays.map((r) => r.replay)).toEqual([
      { of: forged.id, target: "live", resigned: true, originalFailed: "signature" },
      { of: forged.id, target: "live", resigned: false, originalFailed: "signature" },
    ]);
    expect(STRIPE_SECRET).toBeTruthy();
  });

  it("publish keeps an optional note and the settings; versions can be read back with both", async () => {
    const created = await s.api("POST", "/api/v1/endpoints", { name: "noted", graph: signedMarkerGraph("n1") });
    const id = created.body.id as string;
    expect((await s.api("POST", `/api/v1/endpoints/${id}/publish`)).status).toBe(200);
    await s.api("PATCH", `/api/v1/endpoints/${id}`, { settings: { maxSteps: 50 } });
    await s.api("PUT", `/api/v1/endpoints/${id}/graph`, { graph: signedMarkerGraph("n2") });
    const asOwner = { authorization: "", cookie: s.ownerCookie, origin: s.baseUrl };
    const second = await s.api("POST", `/api/v1/endpoints/${id}/publish`, { note: "  Marker n2  " }, asOwner);
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect((await s.api("POST", `/api/v1/endpoints/${id}/publish`, { note: 42 })).status).toBe(400);
    expect((await s.api("POST", `/api/v1/endpoints/${id}/publish`, { note: "x".repeat(501) })).status).toBe(400);

    const { body } = await s.api("GET", `/api/v1/endpoints/${id}/versions`);
    // Each version names who published it: the signed-in person, or the API key a script used.
    type TVersionRow = { number: number; note: string | null; createdBy: string };
    expect(body.versions.map((v: TVersionRow) => [v.number, v.note, v.createdBy])).toEqual([
      [2, "Marker n2", TEST_OWNER.name],
      [1, null, 'API key "test harness"'],
    ]);
    const v2 = await s.api("GET", `/api/v1/endpoints/${id}/versions/2`);
    expect(v2.body).toMatchObject({ number: 2, note: "Marker n2", settings: { maxSteps: 50 } });
    const v1 = await s.api("GET", `/api/v1/endpoints/${id}/versions/1`);
    expect(v1.body.settings).toEqual({});
  });
});
