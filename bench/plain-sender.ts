/**
 * The practical limit of the outbound part: a hand-written sender reading the same delivery jobs from the same
 * SQLite file — node:http with a keep-alive agent, the Standard Webhooks and X-Webhook-Signature HMACs, one small
 * transaction per delivery to mark it delivered. No SSRF guard, no lease, no attempt log. Prints its figures as JSON.
 *   tsx bench/plain-sender.ts <db file> <subscription id> <secret> <receiver url> <concurrency>
 */
import { createHmac } from "node:crypto";
import http from "node:http";
import Database from "better-sqlite3";

const [file, subscriptionId, secret, url, concurrencyText] = process.argv.slice(2);
const db = new Database(file!);
db.pragma("journal_mode = WAL");
db.pragma("busy_timeout = 10000");
const key = Buffer.from(secret!.slice("whsec_".length), "base64");
const jobs = db
  .prepare<[string], { id: string; eventId: string; type: string; data: string; createdAt: number }>(
    `SELECT d.id, e.id AS eventId, e.type, e.data, e.created_at AS createdAt
       FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id
      WHERE d.subscription_id = ? AND d.status = 'pending' ORDER BY d.next_attempt_at`,
  )
  .all(subscriptionId!);
const done = db.prepare(
  `UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1, response_code = ?, updated_at = ? WHERE id = ?`,
);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(concurrencyText) });
const target = new URL(url!);

function send(job: (typeof jobs)[number]): Promise<number> {
  const body = `{"id":${JSON.stringify(job.eventId)},"type":${JSON.stringify(job.type)},"created_at":${JSON.stringify(new Date(Number(job.createdAt)).toISOString())},"data":${job.data}}`;
  const ts = Math.floor(Date.now() / 1000);
  const headers = {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "user-agent": "plain-sender",
    "webhook-id": job.eventId,
    "webhook-timestamp": ts,
    "webhook-signature": `v1,${createHmac("sha256", key).update(`${job.eventId}.${ts}.${body}`).digest("base64")}`,
    "x-webhook-id": subscriptionId,
    "x-webhook-event": job.type,
    "x-webhook-signature": `sha256=${createHmac("sha256", secret!).update(body).digest("hex")}`,
  };
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: "POST", agent, headers },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.setTimeout(15_000, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(body);
  });
}

const cpuBefore = process.cpuUsage();
const started = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: Number(concurrencyText) }, async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const status = await send(job);
      if (status >= 200 && status < 300) done.run(status, Date.now(), job.id);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
agent.destroy();
console.log(
  JSON.stringify({
    deliveries: jobs.length,
    seconds,
    cpuUsPerDelivery: (cpu.user + cpu.system) / Math.max(1, jobs.length),
  }),
);
