import { createServer, type Server } from "node:http";

/** A local HTTP service for `externalRequest`: answers after `delayMs`, failing the first `failFirst` calls with 503. */
export async function startSlowReceiver(o: { delayMs: number; failFirst?: number }) {
  let calls = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    calls++;
    const fail = calls <= (o.failFirst ?? 0);
    setTimeout(() => {
      res.writeHead(fail ? 503 : 200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: !fail, call: calls }));
    }, o.delayMs);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/`, calls: () => calls, close: () => new Promise((r) => server.close(r)) };
}
