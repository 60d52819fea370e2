/**
 * The practical limit on PostgreSQL: the reference receiver written by hand — node:http, a Stripe HMAC check, a
 * branch and the 10 line items in one multi-row INSERT (a single statement: one transaction, one round trip)
 * through a prepared statement on a pg pool, then the answer. The bench creates and drops its database.
 *   tsx bench/plain-pg-receiver.ts <database url> <port> <secret> [pool size]
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import pg from "pg";

const [url, portText, secret, poolText] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: Number(poolText ?? 10) });
await pool.query(
  `CREATE TABLE IF NOT EXISTS invoice_lines (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, event_id TEXT NOT NULL, amount INTEGER NOT NULL, created_at BIGINT NOT NULL)`,
);
const INSERT = `INSERT INTO invoice_lines (event_id, amount, created_at) SELECT $1, amount, $3 FROM unnest($2::int[]) AS l(amount)`;

function verify(body: string, header: string | undefined): boolean {
  if (!header) return false;
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=") as [string, string]));
  const expected = createHmac("sha256", secret!).update(`${parts.t}.${body}`).digest();
  const given = Buffer.from(parts.v1 ?? "", "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function store(eventId: string, lines: { amount: number }[]) {
  await pool.query({ name: "insert_lines", text: INSERT, values: [eventId, lines.map((l) => l.amount), Date.now()] });
}

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", async () => {
    const body = Buffer.concat(chunks).toString("utf8");
    if (!verify(body, req.headers["stripe-signature"] as string | undefined)) {
      res.writeHead(401, { "content-type": "application/json" });
      return res.end('{"error":"invalid signature"}');
    }
    try {
      const event = JSON.parse(body);
      if (event.type === "invoice.paid") await store(event.id, event.data.object.lines.data);
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"received":true}');
    } catch (err) {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: String(err) }));
    }
  });
}).listen(Number(portText), "127.0.0.1", () => console.log("plain receiver listening"));
