import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { serverConfig } from "@/lib/config";
import { handleHook } from "@/lib/hooks/handle-hook";
import { getHookRuntime, closeHookRuntime } from "@/lib/hooks/runtime";
import { ensureDefaultWorkspace } from "@/lib/workspaces/ensure-default-workspace";
import { logError } from "@/lib/log";
import { QueueWorker } from "@/lib/queue/worker";

/**
 * The process: `/hooks/*` is served here on a lean path (raw body read once, the engine, its answer), and every
 * other request goes to Next.js. The public URL never passes through page machinery.
 */
export async function startServer(options: { dev: boolean; port?: number; hostname?: string }) {
  const config = serverConfig();
  const port = options.port ?? config.PORT;
  const hostname = options.hostname ?? config.HOST;
  await ensureDefaultWorkspace();
  const runtime = getHookRuntime();
  const worker = new QueueWorker(runtime);
  runtime.worker = worker;
  worker.start();
  const app = next({ dev: options.dev, dir: process.cwd(), hostname, port });
  await app.prepare();
  const nextHandler = app.getRequestHandler();

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
    void nextHandler(req, res);
  });
  server.keepAliveTimeout = 65_000;
  // Slow senders cannot hold a connection open forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 20_000;

  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  const shutdown = async () => {
    server.close();
    await closeHookRuntime();
    process.exit(0);
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
  console.log(`Hookstack listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
  return server;
}
