import { describe, expect, it, vi } from "vitest";
import { createEditorStore } from "../create-editor-store";
import type { TRequestEntry, TRunApi, TTestRunAnswer } from "../run-types";
import { endpointWith, EXAMPLE, fakeApi } from "@/tests/support/editor-store";

const ANSWER: TTestRunAnswer = {
  requestId: "req_1",
  response: { status: 401, headers: { "content-type": "application/json" }, body: { error: "invalid signature" } },
  trace: [
    { nodeId: "start", type: "webhook", status: "ok", startedAt: "x", durationMs: 0.1, handle: "next" },
    { nodeId: "raw", type: "getRawInput", status: "error", startedAt: "x", durationMs: 0.2, error: "boom" },
  ],
  durationMs: 3,
  error: { nodeId: "raw", message: "boom" },
};

function fakeRunApi(overrides: Partial<TRunApi> = {}): TRunApi {
  return {
    testRun: vi.fn(async () => ANSWER),
    sign: vi.fn(async () => ({ nodeId: "sig", preset: "stripe", headers: { "stripe-signature": "t=1,v1=abc" } })),
    replay: vi.fn(async (_e, requestId) => ({
      ...ANSWER,
      requestId: "req_2",
      target: "draft" as const,
      replayOf: requestId,
      version: null,
      redactedHeaders: ["stripe-signature"],
      originalFailed: null,
      resigned: false,
    })),
    listRequests: vi.fn(async () => ({ requests: [], nextCursor: null, retention: { days: 30, count: 10_000 } })),
    retry: vi.fn(async (_e, requestId) => ({ requestId, state: "queued" as const })),
    updateSettings: vi.fn(async (_e, settings) => ({ ...endpointWith(EXAMPLE), settings })),
    listenUrl: (id) => `/listen/${id}`,
    ...overrides,
  };
}

function setup(runApi = fakeRunApi()) {
  const store = createEditorStore({ endpoint: endpointWith(EXAMPLE), api: fakeApi(), runApi });
  return { store, runApi };
}

describe("run slice", () => {
  it("starts with a dry run of a sample body", () => {
    const { store } = setup();
    const { composer } = store.getState();
    expect(composer.isDryRun).toBe(true);
    expect(JSON.parse(composer.body)).toBeTruthy();
  });

  it("suggests the sample that fits the stack's signature check, once", () => {
    const graph = {
      ...EXAMPLE,
      nodes: [
        ...EXAMPLE.nodes,
        { id: "sig", type: "hmacVerify", position: { x: 0, y: 0 }, config: { preset: "github", secret: "$env.GH" } },
      ],
    };
    const store = createEditorStore({ endpoint: endpointWith(graph), api: fakeApi(), runApi: fakeRunApi() });
    store.getState().suggestSample();
    expect(store.getState().composer.sampleId).toBe("github-push");
    store.getState().loadSample("slack-event");
    store.getState().suggestSample();
    expect(store.getState().composer.sampleId).toBe("slack-event");
    const plain = setup().store;
    plain.getState().suggestSample();
    expect(plain.getState().composer.sampleId).toBe("generic-json");
  });

  it("runs the unsaved draft with the composed request and shows the trace", async () => {
    const { store, runApi } = setup();
    store.getState().loadSample("github-push");
    store.getState().updateConfig("ok", "status", "202"); // an unsaved change
    const run = await store.getState().runTest();
    const body = vi.mocked(runApi.testRun).mock.calls[0]![1] as Record<string, any>;
    expect(body.dryRun).toBe(true);
    expect(body.headers["x-github-event"]).toBe("push");
    expect(body.headers["content-type"]).toBe("application/json");
    expect(body.graph.nodes.find((n: { id: string }) => n.id === "ok").config.status).toBe("202");
    expect(run?.error?.nodeId).toBe("raw");
    expect(store.getState().lastRun?.requestId).toBe("req_1");
    expect(store.getState().runToken).toBe(1);
    expect(store.getState().runBusy).toBeNull();
  });

  it("keeps the trace out of the document and its undo history", async () => {
    const { store } = setup();
    const before = store.getState();
    await store.getState().runTest();
    store.getState().setIteration("1");
    store.getState().clearRun();
    await store.getState().runTest();
    const after = store.getState();
    expect(after.past).toHaveLength(0);
    expect(after.docId).toBe(before.docId);
    expect(after.nodes).toBe(before.nodes);
    // Undoing a real edit leaves the trace where it is.
    store.getState().updateConfig("ok", "status", "204");
    store.getState().undo();
    expect(store.getState().lastRun?.requestId).toBe("req_1");
    expect(store.getState().past).toHaveLength(0);
  });

  it("adds signature headers, and re-signs before a run when the body changed", async () => {
    const { store, runApi } = setup();
    expect(await store.getState().signComposer()).toBe(true);
    const signed = store.getState().composer.headers.find((h) => h.name === "stripe-signature");
    expect(signed?.isSigned).toBe(true);
    await store.getState().runTest();
    expect(runApi.sign).toHaveBeenCalledTimes(1); // body unchanged: no re-sign
    store.getState().setComposer({ body: '{"changed":true}' });
    await store.getState().runTest();
    expect(runApi.sign).toHaveBeenCalledTimes(2);
    expect(vi.mocked(runApi.sign).mock.calls[1]![1]).toMatchObject({ body: '{"changed":true}' });
    // Exactly one signature row, however often it was signed.
    expect(store.getState().composer.headers.filter((h) => h.name === "stripe-signature")).toHaveLength(1);
  });

  it("a hand-edited signature is the person's own and is not re-signed", async () => {
    const { store, runApi } = setup();
    await store.getState().signComposer();
    const row = store.getState().composer.headers.find((h) => h.isSigned)!;
    store.getState().setHeader(row.id, { value: "t=1,v1=wrong" });
    store.getState().setComposer({ body: "{}" });
    await store.getState().runTest();
    expect(runApi.sign).toHaveBeenCalledTimes(1);
    expect(vi.mocked(runApi.testRun).mock.calls[0]![1]).toMatchObject({
      headers: { "stripe-signature": "t=1,v1=wrong" },
    });
  });

  it("reports a failed sign without running", async () => {
    const { store } = setup(
      fakeRunApi({ sign: vi.fn(async () => Promise.reject(new Error("environment variable X is not set"))) }),
    );
    expect(await store.getState().signComposer()).toBe(false);
    expect(store.getState().runError).toBe("Could not sign: environment variable X is not set");
  });

  it("formats a JSON body and refuses other text", () => {
    const { store } = setup();
    store.getState().setComposer({ body: '{"a":1}' });
    expect(store.getState().formatBody()).toBe(true);
    expect(store.getState().composer.body).toBe('{\n  "a": 1\n}');
    store.getState().setComposer({ body: "a=1&b=2" });
    expect(store.getState().formatBody()).toBe(false);
  });

  it("replays a stored request on the draft through the test panel", async () => {
    const { store, runApi } = setup();
    const entry = {
      id: "req_old",
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": "[redacted]", "user-agent": "Stripe/1.0" },
      body: '{"id":"evt_1"}',
    } as unknown as TRequestEntry;
    const run = await store.getState().replay(entry, { target: "draft", resign: true });
    expect(store.getState().panel).toBe("test");
    const c = store.getState().composer;
    expect(c.body).toBe('{"id":"evt_1"}');
    expect(c.contentType).toBe("application/json");
    // Redacted headers are left out; re-signing puts a fresh signature in the composer.
    expect(c.headers.map((h) => h.name)).toEqual(["user-agent", "stripe-signature"]);
    expect(c.headers.find((h) => h.name === "stripe-signature")?.isSigned).toBe(true);
    expect(vi.mocked(runApi.replay).mock.calls[0]![2]).toMatchObject({
      target: "draft",
      resign: true,
      dryRun: true,
      graph: expect.any(Object),
    });
    expect(run).toMatchObject({
      kind: "replay",
      replayOf: "req_old",
      redactedHeaders: ["stripe-signature"],
      isResigned: true,
    });
  });

  it("re-sends to live as a real run, without the draft", async () => {
    const { store, runApi } = setup();
    await store
      .getState()
      .replay({ id: "req_old", method: "POST", headers: {}, body: "" } as unknown as TRequestEntry, {
        target: "live",
        resign: false,
      });
    const body = vi.mocked(runApi.replay).mock.calls[0]![2];
    expect(body).toEqual({ target: "live", resign: false, dryRun: false });
    expect(store.getState().panel).toBe("inspector");
  });
});
