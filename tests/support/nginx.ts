import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { nginxConfig } from "../../scripts/nginx-config";

const CANDIDATES = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"];

/** Debian's nginx binary, when installed. */
export function nginxBinary(): string | undefined {
  return CANDIDATES.find((p) => existsSync(p));
}

export type TNginx = { url: string; port: number; stop(): Promise<void>; errors(): string };

async function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.end(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/**
 * Starts nginx in the foreground as a child, with the config of scripts/nginx-config.ts written into a temp folder
 * (`-p <dir> -c <dir>/nginx.conf`), round robin over `upstreams`, listening on 127.0.0.1:`port`.
 */
export async function startNginx(o: { upstreams: string[]; port: number; revealUpstream?: boolean }): Promise<TNginx> {
  const bin = nginxBinary();
  if (!bin) throw new Error("nginx is not installed (apt-get install nginx)");
  const dir = mkdtempSync(path.join(os.tmpdir(), "hookstack-nginx-"));
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(
    conf,
    nginxConfig({
      upstreams: o.upstreams,
      listen: `127.0.0.1:${o.port}`,
      prefix: dir,
      revealUpstream: o.revealUpstream,
    }),
  );
  let log = "";
  const child: ChildProcess = spawn(bin, ["-p", dir, "-c", conf, "-e", path.join(dir, "error.log")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const deadline = Date.now() + 10_000;
  while (!(await portAnswers(o.port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      const errors = existsSync(path.join(dir, "error.log")) ? readFileSync(path.join(dir, "error.log"), "utf8") : "";
      child.kill("SIGKILL");
      throw new Error(`nginx did not start on port ${o.port}:\n${log}\n${errors}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `http://127.0.0.1:${o.port}`,
    port: o.port,
    errors: () => (existsSync(path.join(dir, "error.log")) ? readFileSync(path.join(dir, "error.log"), "utf8") : ""),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGQUIT");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A free port in [from, to] (the caller's own range), checked by binding it. */
export async function freePort(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}-${to}`);
}
