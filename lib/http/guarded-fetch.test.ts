import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import https from "node:https";
import net, { type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TOutboundRequest } from "@/lib/engine/services";
import { resolveWithDns, type TResolve } from "./check-destination";
import { guardedFetch, guardedFetchWith } from "./guarded-fetch";

type Seen = {
  method: string;
  url: string;
  host: string;
  body: string;
  authorization?: string;
  contentType?: string;
  servername?: string;
};
const seen: Seen[] = [];

async function route(req: IncomingMessage, res: ServerResponse, base: () => string) {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const url = new URL(req.url ?? "/", "http://x");
  const body = Buffer.concat(chunks).toString("utf8");
  seen.push({
    method: req.method ?? "",
    url: url.pathname + url.search,
    host: req.headers.host ?? "",
    body,
    authorization: req.headers.authorization,
    contentType: req.headers["content-type"],
    servername: (req.socket as { servername?: string }).servername,
  });
  const json = (status: number, value: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(value));
  };
  switch (url.pathname) {
    case "/ok":
      return json(200, { hello: "world" });
    case "/echo":
      return json(200, {
        method: req.method,
        host: req.headers.host,
        body,
        authorization: req.headers.authorization ?? null,
      });
    case "/redirect": {
      res.writeHead(Number(url.searchParams.get("status") ?? 302), { location: url.searchParams.get("to") ?? "/ok" });
      return res.end("moved");
    }
    case "/loop":
      res.writeHead(302, { location: `${base()}/loop?n=${Number(url.searchParams.get("n") ?? 0) + 1}` });
      return res.end();
    case "/slow":
      return setTimeout(() => json(200, { late: true }), 2000).unref();
    case "/slow-body":
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("start ");
      return setTimeout(() => res.end("end"), 2000).unref();
    case "/big":
      res.writeHead(200, { "content-type": "text/plain", "content-length": 5000 });
      return res.end("x".repeat(5000));
    case "/big-chunked":
      res.writeHead(200, { "content-type": "text/plain" });
      for (let i = 0; i < 50; i++) res.write("y".repeat(100));
      return res.end();
    case "/gzip-bomb": {
      const packed = gzipSync(Buffer.alloc(1_000_000));
      res.writeHead(200, {
        "content-type": "text/plain",
        "content-encoding": "gzip",
        "content-length": packed.byteLength,
      });
      return res.end(packed);
    }
    case "/gzip": {
      const packed = gzipSync(JSON.stringify({ zipped: true }));
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      return res.end(packed);
    }
    default:
      return json(404, { error: "no route" });
  }
}

let server: http.Server;
let port = 0;
/** Answers without content-length and closes: the body ends when the connection does. */
let rawServer: net.Server;
let rawPort = 0;
const base = () => `http://127.0.0.1:${port}`;

function listen(s: net.Server): Promise<number> {
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve((s.address() as AddressInfo).port)));
}

beforeAll(async () => {
  server = http.createServer((req, res) => void route(req, res, base));
  port = await listen(server);
  rawServer = net.createServer((socket) => {
    socket.once("data", () => {
      socket.write("HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\nconnection: close\r\n\r\n");
      socket.end("z".repeat(5000));
    });
  });
  rawPort = await listen(rawServer);
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  await new Promise((r) => rawServer.close(r));
});

function req(url: string, o: Partial<TOutboundRequest> = {}): TOutboundRequest {
  return {
    method: "GET",
    url,
    headers: {},
    timeoutMs: 5000,
    maxBytes: 1024 * 1024,
    signal: new AbortController().signal,
    ...o,
  };
}

/** A resolver for made-up names, counting its calls; unknown names fail like DNS would. */
function fakeDns(table: Record<string, string[] | (() => string[])>) {
  const calls: string[] = [];
  const resolve: TResolve = async (hostname) => {
    calls.push(hostname);
    const entry = table[hostname];
    const list = typeof entry === "function" ? entry() : entry;
    if (!list) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return list.map((address) => ({ address, family: net.isIPv6(address) ? 6 : 4 }) as const);
  };
  return { resolve, calls };
}

const hits = (path: string) => seen.filter((s) => s.url.startsWith(path)).length;

describe("guardedFetch: refused destinations", () => {
  it("refuses loopback by default, naming the address class, and sends nothing", async () => {
    const before = seen.length;
    await expect(guardedFetchWith()(req(`${base()}/ok`))).rejects.toThrow(
      `refused to call 127.0.0.1:${port}: 127.0.0.1 is a loopback address (127.0.0.0/8); private, loopback, link-local and cloud-metadata destinations are blocked unless HOOKSTACK_OUTBOUND_ALLOWLIST names them`,
    );
    expect(seen.length).toBe(before);
  });

  it("refuses every spelling of a forbidden address", async () => {
    const fetch = guardedFetchWith({ resolve: fakeDns({}).resolve });
    const cases: [string, string][] = [
      [`http://[::1]:${port}/ok`, "loopback"],
      [`http://[::ffff:127.0.0.1]:${port}/ok`, "IPv4-mapped IPv6 address carrying 127.0.0.1, a loopback"],
      [`http://2130706433:${port}/ok`, "127.0.0.1 is a loopback"],
      [`http://0x7f.1:${port}/ok`, "127.0.0.1 is a loopback"],
      [`http://0.0.0.0:${port}/ok`, "unspecified"],
      ["http://169.254.169.254/latest/meta-data/", "link-local (cloud metadata)"],
      ["http://[fd00:ec2::254]/latest/meta-data/", "unique-local"],
      ["http://10.0.0.1/", "private"],
      ["http://100.100.100.200/", "carrier-grade NAT"],
      ["http://metadata.google.internal/computeMetadata/v1/", "metadata.google.internal is a cloud metadata hostname"],
      [`http://localhost:${port}/ok`, "localhost is a loopback hostname"],
    ];
    for (const [url, reason] of cases) await expect(fetch(req(url)), url).rejects.toThrow(reason);
  });

  it("refuses a name when any of its addresses is forbidden", async () => {
    const dns = fakeDns({ "mixed.test": ["93.184.216.34", "127.0.0.1"], "private.test": ["192.168.0.10"] });
    const fetch = guardedFetchWith({ resolve: dns.resolve });
    await expect(fetch(req("http://mixed.test/"))).rejects.toThrow(
      "refused to call mixed.test: 127.0.0.1 is a loopback address",
    );
    await expect(fetch(req("http://private.test/"))).rejects.toThrow(
      "192.168.0.10 is a private address (192.168.0.0/16)",
    );
  });

  it("refuses schemes other than http and https", async () => {
    const fetch = guardedFetchWith();
    for (const url of [
      "ftp://example.com/file",
      "file:///etc/passwd",
      "gopher://example.com/",
      "data:text/plain,hi",
      "ws://example.com/",
    ]) {
      await expect(fetch(req(url)), url).rejects.toThrow("only http and https URLs can be called");
    }
    await expect(fetch(req("not a url"))).rejects.toThrow("the URL is not valid");
  });

  it("refuses credentials in the URL and ports that are not HTTP", async () => {
    const fetch = guardedFetchWith({ resolve: fakeDns({}).resolve });
    await expect(fetch(req("http://user:pw@example.com/"))).rejects.toThrow("a URL cannot carry credentials");
    await expect(fetch(req("http://example.com:25/"))).rejects.toThrow("port 25 is not used for HTTP");
  });

  it("reports a name that does not resolve", async () => {
    await expect(guardedFetchWith({ resolve: fakeDns({}).resolve })(req("http://nowhere.test/"))).rejects.toThrow(
      "could not resolve nowhere.test (ENOTFOUND)",
    );
  });
});

describe("guardedFetch: the allowlist", () => {
  it("allows a listed address", async () => {
    const r = await guardedFetchWith({ allowlist: "127.0.0.1" })(req(`${base()}/ok`));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ hello: "world" });
    expect(r.headers["content-type"]).toBe("application/json");
  });

  it("allows a listed CIDR range and a listed hostname, whatever it resolves to", async () => {
    const dns = fakeDns({ "receiver.test": ["127.0.0.1"] });
    expect((await guardedFetchWith({ allowlist: "127.0.0.0/8" })(req(`${base()}/ok`))).status).toBe(200);
    const byName = guardedFetchWith({ allowlist: "receiver.test", resolve: dns.resolve });
    expect((await byName(req(`http://receiver.test:${port}/ok`))).status).toBe(200);
    await expect(byName(req(`${base()}/ok`))).rejects.toThrow("loopback");
  });

  it("allows a metadata or loopback name only when the list names it or every address it resolves to", async () => {
    const dns = fakeDns({ localhost: ["::1", "127.0.0.1"], "metadata.google.internal": ["169.254.169.254"] });
    const partly = guardedFetchWith({ allowlist: "127.0.0.1", resolve: dns.resolve });
    await expect(partly(req(`http://localhost:${port}/ok`))).rejects.toThrow("localhost is a loopback hostname");
    await expect(partly(req("http://metadata.google.internal/"))).rejects.toThrow(
      "metadata.google.internal is a cloud metadata hostname",
    );
    const both = guardedFetchWith({
      allowlist: "::1,127.0.0.1",
      resolve: fakeDns({ localhost: ["127.0.0.1"] }).resolve,
    });
    expect((await both(req(`http://localhost:${port}/ok`))).status).toBe(200);
    const byName = guardedFetchWith({ allowlist: "localhost", resolve: fakeDns({ localhost: ["127.0.0.1"] }).resolve });
    expect((await byName(req(`http://localhost:${port}/ok`))).status).toBe(200);
  });

  it("sends the method, headers and body, and decodes gzip", async () => {
    const fetch = guardedFetchWith({ allowlist: "127.0.0.1" });
    const r = await fetch(
      req(`${base()}/echo`, {
        method: "POST",
        body: '{"a":1}',
        headers: { "content-type": "application/json", authorization: "Bearer t" },
      }),
    );
    expect(JSON.parse(r.body)).toEqual({
      method: "POST",
      host: `127.0.0.1:${port}`,
      body: '{"a":1}',
      authorization: "Bearer t",
    });
    expect(JSON.parse((await fetch(req(`${base()}/gzip`))).body)).toEqual({ zipped: true });
  });
});

describe("guardedFetch: DNS pinning", () => {
  it("connects to the address it checked, keeping the name as Host, and never resolves twice", async () => {
    let answers = 0;
    // A rebinding resolver: an allowed address first, a forbidden one on any later query.
    const dns = fakeDns({ "pinned.test": () => (answers++ === 0 ? ["127.0.0.1"] : ["10.9.9.9"]) });
    const fetch = guardedFetchWith({ allowlist: "127.0.0.1/32", resolve: dns.resolve });
    const r = await fetch(req(`http://pinned.test:${port}/echo`));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).host).toBe(`pinned.test:${port}`);
    expect(dns.calls).toEqual(["pinned.test"]);
    await expect(fetch(req(`http://pinned.test:${port}/echo`))).rejects.toThrow("10.9.9.9 is a private address");
  });

  it("resolves with node:dns by default", async () => {
    const found = await resolveWithDns("localhost");
    expect(found.length).toBeGreaterThan(0);
    for (const a of found) expect(["127.0.0.1", "::1"]).toContain(a.address);
  });

  it("the process's guardedFetch uses node:dns and the configured allowlist (empty in tests)", async () => {
    await expect(guardedFetch(req(`${base()}/ok`))).rejects.toThrow("127.0.0.1 is a loopback address");
  });
});

describe("guardedFetch: redirects", () => {
  const allowed = () =>
    guardedFetchWith({
      allowlist: "127.0.0.1,pinned.test",
      resolve: fakeDns({ "pinned.test": ["127.0.0.1"] }).resolve,
    });

  it("follows a redirect between allowed hosts", async () => {
    const r = await allowed()(req(`${base()}/redirect?to=/ok`));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ hello: "world" });
  });

  it("refuses a redirect from an allowed host to a forbidden address", async () => {
    const fetch = allowed();
    const to = (target: string) => req(`${base()}/redirect?to=${encodeURIComponent(target)}`);
    await expect(fetch(to(`http://127.0.0.2:${port}/ok`))).rejects.toThrow(
      `refused to follow a redirect to 127.0.0.2:${port}: 127.0.0.2 is a loopback address (127.0.0.0/8)`,
    );
    await expect(fetch(to("http://169.254.169.254/latest/meta-data/iam/"))).rejects.toThrow(
      "link-local (cloud metadata)",
    );
    await expect(fetch(to("http://metadata.google.internal/"))).rejects.toThrow("cloud metadata hostname");
    await expect(fetch(to("file:///etc/passwd"))).rejects.toThrow("only http and https");
  });

  it("turns 301/302/303 into GET without a body and keeps method and body on 307/308", async () => {
    const fetch = allowed();
    for (const status of [301, 302, 303]) {
      const r = await fetch(
        req(`${base()}/redirect?status=${status}&to=/echo`, {
          method: "POST",
          body: "payload",
          headers: { "content-type": "text/plain" },
        }),
      );
      expect(JSON.parse(r.body), String(status)).toMatchObject({ method: "GET", body: "" });
      expect(seen.at(-1)?.contentType, String(status)).toBeUndefined();
    }
    for (const status of [307, 308]) {
      const r = await fetch(req(`${base()}/redirect?status=${status}&to=/echo`, { method: "PUT", body: "payload" }));
      expect(JSON.parse(r.body), String(status)).toMatchObject({ method: "PUT", body: "payload" });
    }
  });

  it("drops credentials when a redirect leaves the origin", async () => {
    const fetch = allowed();
    const headers = { authorization: "Bearer secret-token" };
    const same = await fetch(req(`${base()}/redirect?to=/echo`, { headers }));
    expect(JSON.parse(same.body).authorization).toBe("Bearer secret-token");
    const other = await fetch(
      req(`${base()}/redirect?to=${encodeURIComponent(`http://pinned.test:${port}/echo`)}`, { headers }),
    );
    expect(JSON.parse(other.body)).toMatchObject({ host: `pinned.test:${port}`, authorization: null });
  });

  it("stops after five redirects", async () => {
    const before = hits("/loop");
    await expect(allowed()(req(`${base()}/loop`))).rejects.toThrow(
      `more than 5 redirects, starting at 127.0.0.1:${port}`,
    );
    expect(hits("/loop") - before).toBe(6);
  });

  it("returns a redirect without a location as it is", async () => {
    const r = await allowed()(req(`${base()}/redirect?status=301&to=`));
    expect(r.status).toBe(301);
  });
});

describe("guardedFetch: time and size limits", () => {
  const fetch = guardedFetchWith({ allowlist: "127.0.0.1" });

  it("times out a slow answer", async () => {
    const started = Date.now();
    await expect(fetch(req(`${base()}/slow`, { timeoutMs: 200 }))).rejects.toThrow(
      `the request to 127.0.0.1:${port} timed out after 200 ms`,
    );
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("times out a body that is still arriving", async () => {
    await expect(fetch(req(`${base()}/slow-body`, { timeoutMs: 300 }))).rejects.toThrow("timed out after 300 ms");
  });

  it("stops when the caller's signal aborts", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(fetch(req(`${base()}/slow`, { signal: controller.signal }))).rejects.toThrow("was cancelled");
  });

  it("refuses an answer larger than the cap, with or without content-length", async () => {
    const limit = `is larger than the 1000-byte limit`;
    await expect(fetch(req(`${base()}/big`, { maxBytes: 1000 }))).rejects.toThrow(limit);
    await expect(fetch(req(`${base()}/big-chunked`, { maxBytes: 1000 }))).rejects.toThrow(limit);
    await expect(fetch(req(`http://127.0.0.1:${rawPort}/`, { maxBytes: 1000 }))).rejects.toThrow(limit);
    await expect(fetch(req(`${base()}/gzip-bomb`, { maxBytes: 1000 }))).rejects.toThrow(limit);
    expect((await fetch(req(`${base()}/big-chunked`, { maxBytes: 5000 }))).body).toHaveLength(5000);
    expect((await fetch(req(`http://127.0.0.1:${rawPort}/`, { maxBytes: 5000 }))).body).toHaveLength(5000);
  });
});

/** A throwaway certificate for pinned.test, when openssl is installed. */
function makeCertificate(): { key: Buffer; cert: Buffer } | undefined {
  try {
    const dir = mkdtempSync(join(tmpdir(), "hookstack-tls-"));
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=pinned.test",
        "-addext",
        "subjectAltName=DNS:pinned.test",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    return { key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) };
  } catch {
    return undefined;
  }
}

const tls = makeCertificate();

describe.skipIf(!tls)("guardedFetch: HTTPS to a pinned address", () => {
  let secure: https.Server;
  let securePort = 0;
  beforeAll(async () => {
    secure = https.createServer({ key: tls!.key, cert: tls!.cert }, (rq, rs) => void route(rq, rs, base));
    securePort = await listen(secure);
  });
  afterAll(async () => {
    await new Promise((r) => secure.close(r));
  });

  it("sends the hostname as SNI and checks the certificate against it, not the address", async () => {
    const dns = fakeDns({ "pinned.test": ["127.0.0.1"], "other.test": ["127.0.0.1"] });
    const fetch = guardedFetchWith({ allowlist: "127.0.0.1", resolve: dns.resolve, ca: tls!.cert });
    const r = await fetch(req(`https://pinned.test:${securePort}/echo`));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).host).toBe(`pinned.test:${securePort}`);
    expect(seen.at(-1)?.servername).toBe("pinned.test");
    await expect(fetch(req(`https://other.test:${securePort}/echo`))).rejects.toThrow(/other\.test/);
  });
});
