import { fork, type ChildProcess } from "node:child_process";
import { request as httpRequest, Agent, type IncomingMessage, type ServerResponse } from "node:http";
import { connect } from "node:net";
import type { Duplex, Readable } from "node:stream";
import path from "node:path";
import { logError } from "@/lib/log";
import { serverConfig } from "@/lib/config";

type Ready = { type: "ready"; port: number };

/**
 * Runs the Next.js UI process (server/ui-process.ts) and forwards requests to it, streaming both ways (server-sent
 * events included). A UI process that dies is started again; the public URL never depends on it.
 */
export class UiSupervisor {
  private child?: ChildProcess;
  private port?: Promise<number>;
  private stopping = false;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 256 });

  constructor(private readonly options: { dev: boolean }) {}

  start(): Promise<number> {
    const entry = path.join(import.meta.dirname, "ui-process.ts");
    const child = fork(entry, this.options.dev ? ["--dev"] : [], {
      execArgv: ["--import", "tsx"],
      stdio: "inherit",
      env: process.env,
    });
    this.child = child;
    this.port = new Promise((resolve, reject) => {
      child.once("message", (m: Ready) =>
        m?.type === "ready" ? resolve(m.port) : reject(new Error("unexpected message from the UI process")),
      );
      child.once("exit", (code) => reject(new Error(`the UI process exited during start (code ${code})`)));
    });
    child.once("exit", (code, signal) => {
      if (this.stopping) return;
      logError("the UI process stopped; starting it again", new Error(`exit code ${code}, signal ${signal}`));
      setTimeout(() => void this.start().catch((err) => logError("the UI process could not start", err)), 1000);
    });
    return this.port;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.agent.destroy();
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    // The UI process finishes its requests within the grace period; one that hangs anyway is not left behind.
    const force = setTimeout(() => child.kill("SIGKILL"), serverConfig().HOOKSTACK_SHUTDOWN_GRACE_MS + 2_000);
    await exited;
    clearTimeout(force);
  }

  /** Forwards one HTTP request to the UI process, its body read from `body` (the request itself, or a capped copy). */
  async forward(req: IncomingMessage, res: ServerResponse, body: Readable = req): Promise<void> {
    let port: number;
    try {
      port = await this.port!;
    } catch {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "2" });
      return void res.end("Hookstack's interface is starting; try again in a moment.");
    }
    const upstream = httpRequest(
      { host: "127.0.0.1", port, method: req.method, path: req.url, headers: req.headers, agent: this.agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders as unknown as Record<string, string>);
        answer.pipe(res);
      },
    );
    let bodyFailed = false;
    upstream.on("error", (err) => {
      if (bodyFailed) return;
      if (!res.headersSent) {
        res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
        res.end("Hookstack's interface did not answer.");
      } else res.destroy(err);
    });
    // A browser that goes away (an SSE listener closing) ends the upstream request too.
    res.on("close", () => upstream.destroy());
    // A body over the limit has been answered (413) by whoever capped it; the UI never sees the request.
    body.once("error", () => {
      bodyFailed = true;
      upstream.destroy();
    });
    body.pipe(upstream);
  }

  /** Forwards a WebSocket upgrade (next dev's hot reload). */
  async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const port = await this.port!.catch(() => undefined);
    if (!port) return void socket.destroy();
    const upstream = connect(port, "127.0.0.1", () => {
      const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(lines.join("\r\n") + "\r\n\r\n");
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    upstream.on("error", () => socket.destroy());
    socket.on("error", () => upstream.destroy());
  }
}
