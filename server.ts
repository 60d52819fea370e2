import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { serverConfig } from "@/lib/config";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { handleHook } from "@/lib/ingress/handle-hook";
import { clientIp } from "@/lib/ingress/request-info";
import { getRuntime, closeRuntime } from "@/lib/runtime/runtime";
import { DEFAULT_WORKSPACE_ID, DEFAULT_WORKSPACE_NAME } from "@/lib/workspaces/default-workspace";
import { logError } from "@/lib/log";
import { QueueWorker } from "@/lib/queue/worker";
import { DeliveryWorker } from "@/lib/webhooks/delivery/delivery-worker";
import { deliveryFetch } from "@/lib/webhooks/delivery/delivery-fetch";
import { UiSupervisor } from "./server/ui-supervisor";
import { Drain } from "./server/drain";
import { limitedBody } from "./server/limit-body";
import { MAX_API_BODY_BYTES } from "@/lib/api/read-json";

/**
 * The process: `/hooks/*` is served here on a lean path (raw body read once, the engine, its answer), background
 * jobs run here, and every other request is forwarded to the Next.js UI process. The public URL never passes
 * through page machinery, and keeps answering while the UI restarts.
 */
export async function startServer(options: { dev: boolean; port?: number; hostname?: string }) {
  const config = serverConfig();
  const port = options.port ?? config.PORT;
  const hostname = options.hostname ?? config.HOST;
  const runtime = getRuntime();
  await runtime.store.ensureWorkspace(DEFAULT_WORKSPACE_ID, DEFAULT_WORKSPACE_NAME);
  const worker = new QueueWorker(runtime);
  runtime.worker = worker;
  worker.start();
  // Claims go through the hot path's store: a poll then costs one prepared statement, not a Prisma query.
  const deliveries = new DeliveryWorker({
    fetch: deliveryFetch,
    store: runtime.store.deliveries,
    timeoutMs: config.HOOKSTACK_WEBHOOK_TIMEOUT_MS,
    claim: (c) => runtime.store.claimDeliveries(c),
  });
  deliveries.start();
  const ui = new UiSupervisor({ dev: options.dev });
  await ui.start();

  const onHook = (req: IncomingMessage, res: ServerResponse) =>
    handleHook(runtime, req, res).catch((err) => {
      const id = logError("hook request failed", err);
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify({ error: "internal error", errorId: id }));
      } else res.destroy();
    });

  const drain = new Drain();
  const server = createServer((req, res) => {
    if (!drain.admit(res)) return void req.resume();
    if (req.url?.startsWith("/hooks/")) return void onHook(req, res);
    // The UI process sees only this loopback connection: tell it who is calling (replacing any client-sent copy),
    // so the sign-in rate limiter counts per real address.
    req.headers[CLIENT_IP_HEADER] = clientIp(req, config);
    // The UI process reads whole bodies: cap them here, counted as they arrive, chunked or not.
    const body = limitedBody(req, res, MAX_API_BODY_BYTES);
    if (body) void ui.forward(req, res, body);
  });
  server.on("upgrade", (req, socket, head) => void ui.upgrade(req, socket, head));
  server.keepAliveTimeout = 65_000;
  // Slow senders cannot hold a connection open forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 20_000;

  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  // Run workers (for stacks that need the full evaluator) start with the first such run, not here: each loads the
  // engine through tsx (~40 MB and a hooks thread of its own), which a server whose stacks all run on the compiled
  // fast path never needs. The first isolated run after a start waits for its worker (about a second).
  let stopping: Promise<void> | undefined;
  // On SIGTERM/SIGINT: stop accepting, let in-flight runs answer and write their history (up to the grace period),
  // then stop the background worker and the UI, checkpoint and close the database, and exit 0.
  const shutdown = () =>
    (stopping ??= (async () => {
      console.log("Hookstack stopping: finishing requests in flight");
      const { unfinished } = await drain.stop(server, config.HOOKSTACK_SHUTDOWN_GRACE_MS);
      if (unfinished)
        console.log(`${unfinished} request(s) did not finish within ${config.HOOKSTACK_SHUTDOWN_GRACE_MS} ms`);
      await Promise.allSettled([ui.stop(), deliveries.stop(), closeRuntime()]);
      console.log("Hookstack stopped");
      process.exit(0);
    })());
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
  // Started by `npm start`'s supervisor: its end (even a SIGKILL) ends this process too, so nothing is orphaned.
  process.on("disconnect", shutdown);
  const { port: actualPort } = server.address() as AddressInfo;
  console.log(`Hookstack listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${actualPort}`);
  return server;
}
