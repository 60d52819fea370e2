/**
 * The nginx configuration for several Hookstack instances behind one proxy: the one docs/deployment.md shows
 * (`npx tsx scripts/nginx-config.ts 127.0.0.1:3001 127.0.0.1:3002` prints it) and the one tests/scale/ and
 * `npm run bench -- --instances 2` start nginx with, so what is tested is what is documented.
 */
export type TNginxConfigOptions = {
  /** `host:port` of each instance; requests go round robin. */
  upstreams: string[];
  /** What nginx listens on, e.g. "80" or "127.0.0.1:3480". */
  listen: string;
  /** Run from a folder of its own in the foreground (tests, bench): pid, logs and temp files go there. */
  prefix?: string;
  /** Answer with X-Upstream naming the instance that served (tests check that both did). */
  revealUpstream?: boolean;
  /** Largest body nginx passes on; Hookstack answers 413 itself above its own limit (default 1 MiB). */
  maxBody?: string;
};

export function nginxConfig(o: TNginxConfigOptions): string {
  const own = o.prefix
    ? [
        `daemon off;`,
        `pid ${o.prefix}/nginx.pid;`,
        `error_log ${o.prefix}/error.log warn;`,
        `worker_processes 1;`,
        `events { worker_connections 4096; }`,
      ]
    : [`worker_processes auto;`, `events { worker_connections 4096; }`];
  const temp = o.prefix
    ? ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${o.prefix}/${t}_temp;`)
    : [];
  const proxy = [
    `      proxy_pass http://hookstack;`,
    // Keep-alive to the instances: HTTP/1.1 and no Connection header passed through.
    `      proxy_http_version 1.1;`,
    `      proxy_set_header Connection "";`,
    `      proxy_set_header Host $host;`,
    // Appends the address nginx saw: Hookstack (HOOKSTACK_TRUST_PROXY, HOOKSTACK_PROXY_HOPS=1) reads the last entry.
    `      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;`,
    `      proxy_set_header X-Forwarded-Proto $scheme;`,
    `      proxy_set_header X-Forwarded-Host $host;`,
    // An instance that refuses the connection (stopped, restarting) is skipped; a request it already received is
    // never sent twice (nginx does not retry a POST once sent), so a webhook is not run twice by the proxy.
    `      proxy_next_upstream error timeout;`,
    `      proxy_connect_timeout 2s;`,
    ...(o.revealUpstream ? [`      add_header X-Upstream $upstream_addr always;`] : []),
  ];
  return [
    ...own,
    `http {`,
    `  access_log ${o.prefix ? "off" : "/var/log/nginx/hookstack.access.log"};`,
    ...temp,
    `  client_max_body_size ${o.maxBody ?? "10m"};`,
    `  upstream hookstack {`,
    ...o.upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=2s;`),
    `    keepalive 64;`,
    `  }`,
    `  server {`,
    `    listen ${o.listen};`,
    `    location / {`,
    ...proxy,
    `    }`,
    // The editor's live-request listener is a server-sent event stream: pass it through unbuffered, kept open.
    `    location ~ ^/api/v1/endpoints/[^/]+/listen$ {`,
    ...proxy,
    `      proxy_buffering off;`,
    `      proxy_read_timeout 1h;`,
    `    }`,
    `  }`,
    `}`,
    ``,
  ].join("\n");
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const upstreams = process.argv.slice(2);
  process.stdout.write(
    nginxConfig({ upstreams: upstreams.length ? upstreams : ["127.0.0.1:3001", "127.0.0.1:3002"], listen: "80" }),
  );
}
