import { request } from "node:http";

/** A one-node-per-line stack: raw JSON body as `$input`, then a response whose body is `body` (an expression). */
export function answerWith(body: string, extra: { status?: string; headers?: Record<string, string> } = {}) {
  return {
    version: 1,
    nodes: [
      { id: "start", type: "webhook", config: {} },
      { id: "raw", type: "getRawInput", config: { as: "input" } },
      { id: "out", type: "response", config: { status: extra.status ?? "200", headers: extra.headers ?? {}, body } },
    ],
    edges: [
      { source: "start", target: "raw" },
      { source: "raw", target: "out" },
    ],
  };
}

/**
 * Calls `ping` over and over while `attack` runs, and reports the slowest answer: how long any other request
 * had to wait behind the attack.
 */
export async function whilePinging<T>(
  ping: () => Promise<unknown>,
  attack: Promise<T>,
): Promise<{ value: T; worstMs: number; pings: number }> {
  let done = false;
  let worstMs = 0;
  let pings = 0;
  const loop = (async () => {
    while (!done) {
      const started = performance.now();
      await ping();
      worstMs = Math.max(worstMs, performance.now() - started);
      pings++;
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  try {
    const value = await attack;
    done = true;
    await loop;
    return { value, worstMs, pings };
  } finally {
    done = true;
  }
}

/**
 * POSTs `totalBytes` as a chunked body (no Content-Length), 64 KiB at a time, and resolves with the status the server
 * answered (or the error code when it closed the connection before the client read its answer) and how many bytes
 * had been sent by then.
 */
export function postChunked(
  url: string,
  totalBytes: number,
  headers: Record<string, string> = {},
): Promise<{ status: number | string; sentBytes: number }> {
  const chunk = Buffer.alloc(64 * 1024, "a");
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(
      url,
      { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked", ...headers } },
      (res) => {
        answered = true;
        res.resume();
        resolve({ status: res.statusCode ?? 0, sentBytes: sent });
        req.destroy();
      },
    );
    req.on("error", (err) => {
      const code = (err as NodeJS.ErrnoException).code;
      if (answered) return;
      answered = true;
      if (code === "EPIPE" || code === "ECONNRESET") resolve({ status: code, sentBytes: sent });
      else reject(err);
    });
    const write = () => {
      while (!answered && sent < totalBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", write);
      }
      if (!answered) req.end();
    };
    write();
  });
}
