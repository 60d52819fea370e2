/**
 * `npx tsx bench/records-grid.ts [--records=1000000]`: the back office's records grid on a large SQLite table, through
 * the verbs the pages call (lib/tables/list-records.ts and get-table.ts, via Prisma), not a timed test. Fills a fresh
 * database like bench/records-lookup.ts (a unique `stripe_id`, an indexed `status` with 8 values, an unindexed
 * `seats`), then times each grid read 50 times after a warm-up and prints p50 / max in milliseconds: the first page,
 * a page half-way down (keyset cursor), the last page of oldest-first, a filter on the indexed field deep in the
 * table, a filter on an unindexed field, and the record count the page header shows.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { indexValue, uniqueValue } from "@/lib/records/index-key";

const N = Number(process.argv.find((a) => a.startsWith("--records="))?.split("=")[1] ?? 1_000_000);
const STATUSES = ["active", "trialing", "past_due", "canceled", "unpaid", "incomplete", "paused", "ended"];
const ROOT = path.resolve(import.meta.dirname, "..");
const dir = mkdtempSync(path.join(os.tmpdir(), "hookstack-grid-bench-"));
const url = `file:${path.join(dir, "bench.db")}`;
process.env.DATABASE_URL = url;
execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env: { ...process.env }, stdio: "pipe" });

const FIELDS = [
  { name: "stripe_id", type: "text", required: true, unique: true },
  { name: "status", type: "text", required: false, unique: false, indexed: true },
  { name: "seats", type: "integer", required: false, unique: false },
];
const db = new Database(path.join(dir, "bench.db"));
db.pragma("journal_mode = WAL");
db.exec(
  `INSERT INTO workspaces (id, name, slug, revision, created_at) VALUES ('ws_bench', 'bench', 'bench', 0, '2026-01-01')`,
);
db.prepare(
  `INSERT INTO data_tables (id, workspace_id, name, fields, created_at) VALUES ('tbl_bench', 'ws_bench', 'customers', ?, '2026-01-01')`,
).run(JSON.stringify(FIELDS));
const insert = {
  record: db.prepare(
    `INSERT INTO data_records (id, table_id, data, request_id, created_at) VALUES (?, 'tbl_bench', ?, NULL, ?)`,
  ),
  unique: db.prepare(
    `INSERT INTO record_unique_values (table_id, field, value, record_id) VALUES ('tbl_bench', 'stripe_id', ?, ?)`,
  ),
  index: db.prepare(
    `INSERT INTO record_index_values (table_id, field, value, record_id) VALUES ('tbl_bench', 'status', ?, ?)`,
  ),
};
const fill = db.transaction((from: number, to: number) => {
  for (let i = from; i < to; i++) {
    const id = `rec_${String(i).padStart(10, "0")}`;
    const data = { stripe_id: `cus_${i}`, status: STATUSES[i % STATUSES.length]!, seats: i % 50 };
    insert.record.run(id, JSON.stringify(data), 1_700_000_000_000 + i);
    insert.unique.run(uniqueValue(data.stripe_id), id);
    insert.index.run(indexValue({ type: "text" }, data.status), id);
  }
});
const started = performance.now();
for (let at = 0; at < N; at += 50_000) fill(at, Math.min(N, at + 50_000));
db.exec("ANALYZE");
db.close();
console.log(`filled ${N.toLocaleString("en")} records in ${((performance.now() - started) / 1000).toFixed(1)} s`);

// Imported after DATABASE_URL is set: getDb() reads it on first use.
const { listRecords } = await import("@/lib/tables/list-records");
const { getTable } = await import("@/lib/tables/get-table");
const base = { workspaceId: "ws_bench", name: "customers" };
const mid = `rec_${String(Math.floor(N / 2)).padStart(10, "0")}`;
const filters = (f: unknown) => JSON.stringify(f);

async function time(label: string, read: () => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await read();
  const ms: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    await read();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(58)} p50 ${ms[25]!.toFixed(2).padStart(8)} ms   max ${ms[49]!.toFixed(2).padStart(8)} ms`,
  );
}

await time("first page (newest 50)", () => listRecords({ ...base, limit: 50 }));
await time("page half-way down (cursor)", () => listRecords({ ...base, limit: 50, cursor: mid }));
await time("oldest first, from the middle", () => listRecords({ ...base, limit: 50, cursor: mid, order: "oldest" }));
await time("status = paused (indexed), half-way down", () =>
  listRecords({ ...base, limit: 50, cursor: mid, filters: filters([{ field: "status", op: "=", value: "paused" }]) }),
);
await time("stripe_id = cus_123456 (unique)", () =>
  listRecords({ ...base, limit: 50, filters: filters([{ field: "stripe_id", op: "=", value: "cus_123456" }]) }),
);
await time("seats = 7 (not indexed: reads until 50 match)", () =>
  listRecords({ ...base, limit: 50, filters: filters([{ field: "seats", op: "=", value: 7 }]) }),
);
await time("record count (the page header)", () => getTable(base));
rmSync(dir, { recursive: true, force: true });
process.exit(0);
