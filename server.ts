import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { serverConfig } from "@/lib/config";
import { handleHook } from "@/lib/ingress/handle-hook";
import { getHookRuntime, closeHookRuntime } from "@/lib/runtime/runtime";
import { DEFAULT_WORKSPACE_ID, DEFAULT_WORKSPACE_NAME } from "@/lib/workspaces/default-workspace";
import { logError } from "@/lib/log";
import { QueueWorker } from "@/lib/queue/worker";
import { UiSupervisor } from "./server/ui-supervisor";

/**
 * The process: `/hooks/*` is served here on a lean path (raw body read once, the engine, its answer), background
 * jobs run here, and every other request is forwarded to the Next.js UI process. The public URL never passes
 * through page machinery, and keeps answering while the UI restarts.
 */
export async function startServer(options: { dev: boolean; port?: number; hostname?: string }) {
  const config = serverConfig();
  const port = options.port ?? config.PORT;
  const hostname = options.hostname ?? config.HOST;
  const runtime = getHookRuntime();
  await runtime.store.ensureWorkspace(DEFAULT_WORKSPACE_ID, DEFAULT_WORKSPACE_NAME);
  const worker = new QueueWorker(runtime);
  runtime.worker = worker;
  worker.start();
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

  const server = createServer((req, res) => {
    if (req.url?.startsWith("/hooks/")) return void onHook(req, res);
    void ui.forward(req, res);
  });
  server.on("upgrade", (req, socket, head) => void ui.upgrade(req, socket, head));
  server.keepAliveTimeout = 65_000;
  // Slow senders cannot hold a connection open forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 20_000;

  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  const shutdown = async () => {
    server.close();
    await Promise.allSettled([ui.stop(), closeHookRuntime()]);
    process.exit(0);
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
  const { port: actualPort } = server.address() as AddressInfo;
  console.log(`Hookstack listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${actualPort}`);
  return server;
}
