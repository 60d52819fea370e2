import http from "node:http";

export type TLoadResult = { eventId: string; status: number; requestId?: string; upstream?: string };

/**
 * Sends POSTs from a chosen loopback address (127.0.0.x: the "real" client IP the history must record), with a
 * forged X-Forwarded-For, as `concurrency` parallel senders; a refused or reset connection counts as status 0.
 */
export function createSender(o: { baseUrl: string; localAddress: string; concurrency: number }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.concurrency, localAddress: o.localAddress });
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve) => {
      const req = http.request(
        o.baseUrl + path,
        {
          method: "POST",
          agent,
          headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.66", ...headers },
        },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (d) => (text += d));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
          res.on("error", () => resolve({ status: 0, body: text, headers: res.headers }));
        },
      );
      req.on("error", () => resolve({ status: 0, body: "", headers: {} }));
      req.end(body);
    });

  /** Sends every job, `concurrency` at a time; `onProgress` sees the count done after each answer. */
  async function run(
    jobs: { path: string; eventId: string }[],
    onProgress?: (done: number) => void,
  ): Promise<TLoadResult[]> {
    const results: TLoadResult[] = [];
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        const res = await post(job.path, JSON.stringify({ id: job.eventId }));
        let requestId: string | undefined;
        if (res.status === 202) requestId = JSON.parse(res.body).requestId;
        results.push({
          eventId: job.eventId,
          status: res.status,
          requestId,
          upstream: res.headers["x-upstream"] as string,
        });
        onProgress?.(results.length);
      }
    };
    await Promise.all(Array.from({ length: o.concurrency }, worker));
    return results;
  }

  return { post, run, close: () => agent.destroy() };
}
