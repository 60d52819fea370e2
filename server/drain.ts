import type { Server, ServerResponse } from "node:http";

/**
 * In-flight request tracking for a graceful stop: once draining, new requests (on connections kept alive from
 * before) get a clean 503 with `Connection: close` instead of reaching a database that is about to close.
 */
export class Drain {
  private inFlight = 0;
  private idle?: () => void;
  draining = false;

  /** Counts `res` until it is finished or its connection closes. False (and a 503 sent) when draining. */
  admit(res: ServerResponse): boolean {
    if (this.draining) {
      res.writeHead(503, {
        "content-type": "application/json; charset=utf-8",
        "retry-after": "5",
        connection: "close",
      });
      res.end(JSON.stringify({ error: "the server is shutting down; retry shortly" }));
      return false;
    }
    this.inFlight++;
    res.once("close", () => {
      if (--this.inFlight === 0) this.idle?.();
    });
    return true;
  }

  /** Stops accepting, closes idle kept-alive connections, and resolves when every admitted request has ended or `graceMs` passed. */
  async stop(server: Server, graceMs: number): Promise<{ unfinished: number }> {
    this.draining = true;
    server.close();
    server.closeIdleConnections();
    if (this.inFlight > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, graceMs);
        this.idle = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    const unfinished = this.inFlight;
    server.closeAllConnections();
    return { unfinished };
  }
}
