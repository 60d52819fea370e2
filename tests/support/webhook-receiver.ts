import { createServer, type Server } from "node:http";
import { Webhook } from "standardwebhooks";

export type TReceived = { headers: Record<string, string>; body: string; verified: boolean; status: number };

/**
 * A subscriber on loopback: verifies every delivery's signature with the `standardwebhooks` library (against any
 * of `secrets`), answers `failStatus` to the first `failFirst` calls (then 200), and records what it got.
 */
export type TReceiverOptions = {
  secrets: () => string[];
  failFirst?: number;
  failStatus?: number;
  failHeaders?: Record<string, string>;
  delayMs?: number;
};

/** `o` is read on every call, so a test may change it between deliveries (and `reset()` the count). */
export async function startWebhookReceiver(o: TReceiverOptions) {
  const received: TReceived[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      const verified = o.secrets().some((secret) => {
        try {
          new Webhook(secret).verify(body, headers);
          return true;
        } catch {
          return false;
        }
      });
      const fail = received.length < (o.failFirst ?? 0);
      const status = fail ? (o.failStatus ?? 503) : !verified && o.secrets().length > 0 ? 401 : 200;
      received.push({ headers, body, verified, status });
      setTimeout(() => {
        res.writeHead(status, { "content-type": "application/json", ...(fail ? o.failHeaders : {}) });
        res.end(JSON.stringify({ ok: status === 200, call: received.length }));
      }, o.delayMs ?? 0);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    received,
    options: o,
    reset: () => void received.splice(0),
    close: () => new Promise((r) => server.close(r)),
  };
}
