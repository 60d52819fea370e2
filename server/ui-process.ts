/**
 * The UI process: Next.js (pages and the management API) on a private loopback port. Started and supervised by
 * server.ts, which forwards every request that is not `/hooks/*` here. Keeping Next.js out of the main process
 * keeps its async-context hooks, patched globals and memory off the public URL's hot path.
 */
import { createServer } from "node:http";
import next from "next";
import { startRetentionSweeper } from "@/lib/history/start-retention-sweeper";
import { serverConfig } from "@/lib/config";

const dev = process.argv.includes("--dev");
const app = next({ dev, dir: process.cwd(), hostname: "127.0.0.1", port: 0 });
await app.prepare();
const handle = app.getRequestHandler();
const server = createServer((req, res) => void handle(req, res));
if (dev) server.on("upgrade", (req, socket, head) => void app.getUpgradeHandler()(req, socket, head));
server.keepAliveTimeout = 65_000;
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as { port: number };
  process.send?.({ type: "ready", port });
});
// Maintenance that needs Prisma runs here, keeping the main process (the public URL) lean.
startRetentionSweeper();
// Asked to stop (SIGTERM from server.ts) or orphaned (the IPC channel closed): requests in flight finish first.
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), serverConfig().HOOKSTACK_SHUTDOWN_GRACE_MS).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.on("disconnect", stop);
