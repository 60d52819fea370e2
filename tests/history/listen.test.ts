import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { publishEndpoint } from "../support/seed";
import { startTestServer, type TTestServer } from "../support/test-server";

type TEvent = { event: string; id?: string; data: any };

/** Reads a server-sent event stream with fetch: `next()` resolves with each event, comments skipped. */
async function openStream(url: string, apiKey: string) {
  const controller = new AbortController();
  const res = await fetch(url, {
    signal: controller.signal,
    headers: { accept: "text/event-stream", authorization: `Bearer ${apiKey}` },
  });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const next = async (timeoutMs = 10_000): Promise<TEvent> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const lines = block.split("\n").filter((l) => !l.startsWith(":"));
        const field = (name: string) => lines.find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
        const data = field("data");
        if (data === undefined) continue; // retry: or a heartbeat
        return { event: field("event") ?? "message", id: field("id"), data: JSON.parse(data) };
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error("no event within the time limit");
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no event within the time limit")), left)),
      ]);
      if (chunk.done) throw new Error("the stream ended");
      buffer += chunk.value;
    }
  };
  return { res, next, close: () => controller.abort() };
}

const ANSWER = {
  version: 1,
  nodes: [
    { id: "start", type: "webhook", config: {} },
    { id: "raw", type: "getRawInput", config: { encoding: "json", as: "payload" } },
    { id: "ok", type: "response", config: { status: "201", body: "{ 'got': $payload.n }" } },
  ],
  edges: [
    { source: "start", target: "raw" },
    { source: "raw", target: "ok" },
  ],
};

describeEachProvider("listen for a live request (server-sent events)", (provider) => {
  let s: TTestServer;
  beforeAll(async () => {
    s = await startTestServer(provider);
  });
  afterAll(async () => {
    await s?.stop();
  });

  it("streams the next live request with its trace, and not test runs", async () => {
    const ep = await publishEndpoint(s, ANSWER);
    await s.post(`/hooks/${ep.id}`, '{"n":0}'); // before listening: not sent
    const stream = await openStream(`${s.baseUrl}/api/v1/endpoints/${ep.id}/listen`, s.apiKey);
    try {
      expect(stream.res.status).toBe(200);
      expect(stream.res.headers.get("content-type")).toMatch(/^text\/event-stream/);
      const ready = await stream.next();
      expect(ready).toMatchObject({ event: "ready", data: { endpointId: ep.id } });

      await s.api("POST", `/api/v1/endpoints/${ep.id}/test`, { body: { n: 99 } });
      // What curl would send.
      const sent = await s.post(`/hooks/${ep.id}`, '{"n":1}');
      expect(sent.status).toBe(201);
      const got = await stream.next();
      expect(got.event).toBe("request");
      expect(got.data).toMatchObject({
        source: "live",
        body: '{"n":1}',
        status: 201,
        state: "succeeded",
        response: { body: { got: 1 } },
      });
      expect(got.id).toBe(got.data.id);
      expect(got.data.trace.map((e: { nodeId: string; status: string }) => `${e.nodeId}:${e.status}`)).toEqual([
        "start:ok",
        "raw:ok",
        "ok:ok",
      ]);

      await s.post(`/hooks/${ep.id}`, '{"n":2}');
      expect((await stream.next()).data.body).toBe('{"n":2}');
    } finally {
      stream.close();
    }
  });

  it("follows a background run from queued to its result", async () => {
    const ep = await publishEndpoint(s, ANSWER, { mode: "background" });
    const stream = await openStream(`${s.baseUrl}/api/v1/endpoints/${ep.id}/listen`, s.apiKey);
    try {
      await stream.next(); // ready
      expect((await s.post(`/hooks/${ep.id}`, '{"n":5}')).status).toBe(202);
      const states: string[] = [];
      for (;;) {
        const e = await stream.next();
        states.push(e.data.state);
        if (e.data.state === "succeeded" || e.data.state === "failed") {
          expect(e.data.trace.length).toBe(3);
          break;
        }
      }
      expect(states.at(-1)).toBe("succeeded");
      expect(states.length).toBeGreaterThanOrEqual(1);
    } finally {
      stream.close();
    }
  });

  it("resumes after a request id (what a reconnecting EventSource sends), and refuses unknown endpoints and ids", async () => {
    const ep = await publishEndpoint(s, ANSWER);
    await s.post(`/hooks/${ep.id}`, '{"n":10}');
    const first = (await s.api("GET", `/api/v1/endpoints/${ep.id}/requests`)).body.requests[0];
    await s.post(`/hooks/${ep.id}`, '{"n":11}');
    const stream = await openStream(`${s.baseUrl}/api/v1/endpoints/${ep.id}/listen?since=${first.id}`, s.apiKey);
    try {
      await stream.next(); // ready
      expect((await stream.next()).data.body).toBe('{"n":11}');
    } finally {
      stream.close();
    }
    expect((await s.api("GET", "/api/v1/endpoints/ep_missing/listen")).status).toBe(404);
    const badSince = await s.api("GET", `/api/v1/endpoints/${ep.id}/listen?since=nonsense`);
    expect(badSince.status).toBe(400);
    expect(badSince.body.errors[0].path).toBe("since");
  });
});
