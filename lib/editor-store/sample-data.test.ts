import { describe, expect, it, vi } from "vitest";
import type { TGraph } from "@/lib/graph/schema";
import { endpointWith, fakeApi } from "@/tests/support/editor-store";
import { composedQuery, DEFAULT_COMPOSER } from "./composer";
import { composerStorageKey, readComposer, writeComposer } from "./composer-storage";
import { createEditorStore } from "./create-editor-store";
import type { TRequestEntry, TRunApi, TRunView } from "./run-types";
import { fieldPreview, selectSampleData } from "./sample-data";
import { fieldsOf, shapeAt } from "@/lib/data-shape/infer-shape";

const GRAPH: TGraph = {
  version: 1,
  nodes: [
    { id: "start", type: "webhook", position: { x: 0, y: 0 }, config: {} },
    { id: "raw", type: "getRawInput", position: { x: 0, y: 100 }, config: { encoding: "json", as: "input" } },
    {
      id: "is_push",
      type: "conditional",
      position: { x: 0, y: 200 },
      config: { condition: '$request.headers.x-github-event = "push"' },
    },
    { id: "ok", type: "response", position: { x: 0, y: 300 }, config: { body: "$input.ref" } },
  ],
  edges: [
    { source: "start", sourceHandle: "next", target: "raw" },
    { source: "raw", sourceHandle: "next", target: "is_push" },
    { source: "is_push", sourceHandle: "true", target: "ok" },
  ],
};

const body = JSON.stringify({ ref: "refs/heads/main", commits: [{ author: { name: "Ada" } }] });
const RUN: TRunView = {
  kind: "test",
  requestId: "req_1",
  response: { status: 200, headers: {}, body: { ok: true } },
  trace: [
    { nodeId: "start", type: "webhook", status: "ok", startedAt: "x", durationMs: 0 },
    { nodeId: "raw", type: "getRawInput", status: "ok", startedAt: "x", durationMs: 0, output: JSON.parse(body) },
    {
      nodeId: "is_push",
      type: "conditional",
      status: "ok",
      startedAt: "x",
      durationMs: 0,
      input: { condition: false },
      handle: "false",
    },
  ],
  durationMs: 1,
  error: null,
  version: null,
  isDryRun: true,
  receivedAt: "2026-01-01T00:00:00.000Z",
  request: { method: "POST", headers: { "x-github-event": "push" }, body },
};

function runApi(requests: TRequestEntry[] = []): TRunApi {
  return {
    testRun: vi.fn(),
    sign: vi.fn(),
    replay: vi.fn(),
    listRequests: vi.fn(async () => ({ requests, nextCursor: null, retention: { days: 30, count: 10_000 } })),
    retry: vi.fn(),
    updateSettings: vi.fn(),
    listenUrl: () => "",
  };
}

const setup = (api = runApi()) => createEditorStore({ endpoint: endpointWith(GRAPH), api: fakeApi(), runApi: api });

describe("the editor's data: shapes, previews and warnings", () => {
  it("knows the test request's shape before any run, and the run's once one is shown", () => {
    const store = setup();
    expect(selectSampleData(store.getState())).toMatchObject({ source: "sample", label: "the test request" });
    store.getState().showRun(RUN);
    const data = selectSampleData(store.getState());
    expect(data.source).toBe("run");
    expect(fieldsOf(shapeAt(data.shapes.request!, [{ field: "headers" }])!).map(([k]) => k)).toEqual([
      "x-github-event",
    ]);
    expect(fieldsOf(data.shapes.input!).map(([k]) => k)).toEqual(["ref", "commits"]);
  });

  it("previews a field's value in the run, and marks it stale after an edit", () => {
    const store = setup();
    const source = '$request.headers.x-github-event = "push"';
    expect(fieldPreview(store.getState(), "is_push", ["condition"], source)).toBeUndefined();
    store.getState().showRun(RUN);
    expect(fieldPreview(store.getState(), "is_push", ["condition"], source)).toEqual({
      kind: "value",
      value: false,
      isStale: false,
    });
    expect(fieldPreview(store.getState(), "is_push", ["condition"], "true")).toMatchObject({ isStale: true });
    expect(fieldPreview(store.getState(), "ok", ["body"], "$input.ref")).toEqual({ kind: "notRun" });
    // Cleared from the canvas, the run is still what the fields were last seen with.
    store.getState().clearRun();
    expect(fieldPreview(store.getState(), "is_push", ["condition"], source)).toEqual({
      kind: "value",
      value: false,
      isStale: false,
    });
  });

  it("shows the node's error for a field of a node that failed", () => {
    const store = setup();
    const failed = {
      ...RUN,
      trace: [{ ...RUN.trace[1]!, status: "error" as const, error: "not valid JSON", output: undefined }],
    };
    store.getState().showRun(failed);
    expect(fieldPreview(store.getState(), "raw", ["as"], "x")).toEqual({ kind: "error", message: "not valid JSON" });
  });

  it("warns in Problems about the hyphenated header, the unanswered false branch and an absent compared field", () => {
    const store = setup();
    const warnings = () => store.getState().problems.warnings.map((w) => `${w.nodeId}: ${w.message}`);
    expect(warnings()).toEqual([
      'is_push: the "false" branch ends without a Response node, so the caller gets 200 {"ok":true}',
      expect.stringContaining('is_push: condition: "x-github-event" is read as a subtraction'),
    ]);
    expect(store.getState().problemsByNode.is_push!.fieldWarnings.condition).toHaveLength(1);
    store.getState().updateConfig("is_push", "condition", '$request.headers.x_event = "push"');
    // The test request alone is not a run: no claim about what the data lacks.
    expect(warnings().some((w) => w.includes("was absent"))).toBe(false);
    store.getState().showRun(RUN);
    expect(warnings()).toContain(
      "is_push: condition: $request.headers.x_event was absent in the last test run, and a comparison with a missing value is always false",
    );
  });

  it("loads the latest request from the history as the data until a run is shown", async () => {
    const entry = {
      id: "req_9",
      method: "POST",
      path: "/hooks/ep_1",
      query: { a: "1" },
      headers: { "x-live": "1" },
      ip: "1.2.3.4",
      body: "{}",
      trace: [],
      response: { status: 200, headers: {}, body: null },
      durationMs: 1,
      error: null,
      version: 1,
      receivedAt: "2026-01-01T00:00:00.000Z",
      state: "succeeded",
    } as unknown as TRequestEntry;
    const api = runApi([entry]);
    const store = setup(api);
    await store.getState().loadLatestRun();
    expect(api.listRequests).toHaveBeenCalledWith("ep_1", { limit: 1 });
    const data = selectSampleData(store.getState());
    expect(data).toMatchObject({ source: "run", label: "the last run" });
    expect(fieldsOf(shapeAt(data.shapes.request!, [{ field: "query" }])!).map(([k]) => k)).toEqual(["a"]);
  });
});

describe("the test request between visits", () => {
  it("is written and read back per endpoint, and ignored when unreadable", () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    };
    const composer = { ...DEFAULT_COMPOSER, body: '{"a":1}', query: "x=1" };
    writeComposer(
      "ep_1",
      { ...composer, headers: [{ id: "h999", name: "x-a", value: "1", isEnabled: true }] },
      storage,
    );
    const read = readComposer("ep_1", storage)!;
    expect(read).toMatchObject({
      body: '{"a":1}',
      query: "x=1",
      headers: [{ name: "x-a", value: "1", isEnabled: true }],
    });
    // Fresh row ids: the next row added on this page cannot take a kept row's id.
    expect(read.headers[0]!.id).not.toBe("h999");
    expect(readComposer("ep_1", storage)!.headers[0]!.id).not.toBe(read.headers[0]!.id);
    expect(readComposer("ep_2", storage)).toBeUndefined();
    items.set(composerStorageKey("ep_3"), "{not json");
    expect(readComposer("ep_3", storage)).toBeUndefined();
    items.set(composerStorageKey("ep_4"), '{"method":1}');
    expect(readComposer("ep_4", storage)).toBeUndefined();
  });

  it("sends its query string as parameters", () => {
    expect(composedQuery({ query: "?a=1&b=2&a=3" })).toEqual({ a: ["1", "3"], b: "2" });
    expect(composedQuery({ query: "" })).toBeUndefined();
  });
});
