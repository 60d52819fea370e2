import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachProvider } from "../support/providers";
import { useMigratedDatabase } from "../support/migrated-db";
import { runStatsBackfill } from "../support/run-stats-backfill";
import { getDb, type Db } from "@/lib/db/client";
import { RunStatsBuffer } from "@/lib/run-stats/run-stats-buffer";
import { runStatsStatements } from "@/lib/run-stats/write-run-stats";
import { openPgRunStore } from "@/lib/run-store/pg-store";
import { openSqliteRunStore } from "@/lib/run-store/sqlite-store";
import { pruneRunStats } from "@/lib/run-stats/prune-run-stats";
import { getDashboard } from "@/lib/history/get-dashboard";

const MINUTE = 60_000;
// The top of an hour, so that every run below falls in the same hour and quarter hour.
const T0 = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000;

type TRun = {
  id: string;
  endpointId: string;
  receivedAt: number;
  status: number;
  state: "succeeded" | "failed";
  durationMs: number;
};

const runs: TRun[] = Array.from({ length: 40 }, (_, i) => ({
  id: `req_${i}`,
  endpointId: i % 4 === 0 ? "ep_b" : "ep_a",
  receivedAt: T0 + (i % 3) * MINUTE + i,
  status: i % 5 === 0 ? 500 : i % 7 === 0 ? 401 : 200,
  state: i % 11 === 0 ? "failed" : "succeeded",
  durationMs: 0.3 + i * 37.5,
}));

describeEachProvider("the dashboard's rollup in the database", (provider) => {
  let db: Db;
  let url: string;
  beforeAll(async () => {
    url = await useMigratedDatabase(provider);
    db = getDb();
    await db.workspace.create({ data: { id: "ws", name: "ws", slug: "ws" } });
    for (const id of ["ep_a", "ep_b"]) {
      await db.endpoint.create({ data: { id, workspaceId: "ws", name: id, draftGraph: "{}" } });
    }
  });
  afterAll(() => db?.$disconnect());

  const rollup = () => db.runStat.findMany({ orderBy: [{ stepMs: "asc" }, { startAt: "asc" }, { endpointId: "asc" }] });

  it("adds what each writer buffered, so several instances writing at once lose nothing", async () => {
    const buffers = [new RunStatsBuffer(), new RunStatsBuffer(), new RunStatsBuffer()];
    runs.forEach((r, i) => buffers[i % 3]!.add({ ...r, workspaceId: "ws" }));
    // Three run stores: three connections, as three instances' would be.
    const stores = buffers.map(() => (provider === "postgres" ? openPgRunStore(url) : openSqliteRunStore(url)));
    try {
      await Promise.all(stores.map((s, i) => s.writeStatements(runStatsStatements(provider, buffers[i]!.drain()))));
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }

    const rows = await rollup();
    const minutes = rows.filter((r) => r.stepMs === MINUTE);
    expect(minutes.reduce((n, r) => n + r.requests, 0)).toBe(40);
    expect(rows.filter((r) => r.stepMs === 3_600_000).map((r) => [r.endpointId, r.requests])).toEqual([
      ["ep_a", 30],
      ["ep_b", 10],
    ]);
    const errors = runs.filter((r) => r.status >= 400 || r.state === "failed").length;
    expect(rows.filter((r) => r.stepMs === 900_000).reduce((n, r) => n + r.errors, 0)).toBe(errors);
    expect(await db.requestFailure.count()).toBe(errors);
    expect(Math.max(...rows.map((r) => r.durationMax))).toBeCloseTo(0.3 + 39 * 37.5);
  });

  it("gives the same figures as the migration's backfill computes from the stored history", async () => {
    for (const r of runs) {
      await db.requestLog.create({
        data: { ...r, workspaceId: "ws", method: "POST", path: "/hooks/x", receivedAt: BigInt(r.receivedAt) },
      });
    }
    const written = (await rollup()).map((r) => ({ ...r }));
    const failures = await db.requestFailure.findMany({ orderBy: { id: "asc" } });
    await db.runStat.deleteMany();
    await db.requestFailure.deleteMany();
    for (const statement of runStatsBackfill(provider)) await db.$executeRawUnsafe(statement);
    expect(await rollup()).toEqual(written);
    expect(await db.requestFailure.findMany({ orderBy: { id: "asc" } })).toEqual(failures);
  });

  it("feeds the dashboard: counts, errors, percentiles from the histogram and the newest failures", async () => {
    const d = await getDashboard({ workspaceId: "ws", range: "day", now: T0 + 10 * MINUTE });
    expect(d.overall.requests).toBe(40);
    expect(d.endpoints.map((e) => [e.id, e.requests])).toEqual(
      expect.arrayContaining([
        ["ep_a", 30],
        ["ep_b", 10],
      ]),
    );
    // The true p50 of 0.3 + i × 37.5 ms (i = 0…39) is 731.6 ms: the histogram's bucket is 500 to 750 ms.
    expect(d.overall.p50).toBeGreaterThan(500);
    expect(d.overall.p50).toBeLessThanOrEqual(750);
    expect(d.overall.p95).toBeLessThanOrEqual(0.3 + 39 * 37.5);
    expect(d.failures).toHaveLength(10);
    expect(d.failures.map((f) => f.receivedAt)).toEqual([...d.failures.map((f) => f.receivedAt)].sort().reverse());
  });

  it("prunes rows no chart reads and those of deleted endpoints", async () => {
    await db.endpoint.delete({ where: { id: "ep_b" } });
    expect(await pruneRunStats(db, T0 + 3 * 86_400_000)).toBeGreaterThan(0);
    const rows = await rollup();
    expect(rows.every((r) => r.endpointId === "ep_a")).toBe(true);
    expect(rows.some((r) => r.stepMs === MINUTE)).toBe(false); // minutes are kept 2 days
    expect(rows.some((r) => r.stepMs === 3_600_000)).toBe(true);
    expect(await db.requestFailure.count({ where: { endpointId: "ep_b" } })).toBe(0);
  });
});
