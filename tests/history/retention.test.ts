import { afterAll, beforeAll, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { enforceRetention } from "@/lib/history/enforce-retention";
import { DAY_MS } from "@/lib/history/retention-policy";
import { describeEachProvider } from "../support/providers";
import { history, publishEndpoint, waitUntil } from "../support/seed";
import { startTestServer, type TTestServer } from "../support/test-server";

const ECHO = {
  version: 1,
  nodes: [
    { id: "start", type: "webhook", config: {} },
    { id: "ok", type: "response", config: { status: "200" } },
  ],
  edges: [{ source: "start", target: "ok" }],
};

const DEFAULTS = { HOOKSTACK_RETENTION_DAYS: 30, HOOKSTACK_RETENTION_COUNT: 10_000 };

describeEachProvider("request history retention", (provider) => {
  let s: TTestServer;
  let db: ReturnType<typeof getDb>;
  beforeAll(async () => {
    // The server's own sweeper runs every second here, with the defaults below.
    s = await startTestServer(provider, {
      HOOKSTACK_RETENTION_SWEEP_MS: "1000",
      HOOKSTACK_RETENTION_DAYS: "30",
      HOOKSTACK_RETENTION_COUNT: "10000",
    });
    // This process talks to the server's database directly, to write rows with old receive times.
    process.env.DATABASE_URL = s.databaseUrl;
    db = getDb();
  });
  afterAll(async () => {
    await db?.$disconnect();
    await s?.stop();
  });

  let counter = 0;
  async function storedRow(endpointId: string, o: { ageDays?: number; state?: string; withJob?: boolean } = {}) {
    const id = `req_ret_${provider}_${++counter}`;
    const receivedAt = BigInt(Date.now() - Math.round((o.ageDays ?? 0) * DAY_MS));
    await db.requestLog.create({
      data: {
        id,
        endpointId,
        method: "POST",
        path: `/hooks/${endpointId}`,
        receivedAt,
        status: 200,
        state: o.state ?? "succeeded",
        body: `{"n":${counter}}`,
      },
    });
    if (o.withJob) {
      const endpoint = await db.endpoint.findUniqueOrThrow({ where: { id: endpointId } });
      await db.job.create({
        data: {
          id,
          endpointId,
          workspaceId: endpoint.workspaceId,
          versionId: endpoint.publishedVersionId!,
          request: "{}",
          state: o.state ?? "succeeded",
          // An active job is due tomorrow, so the server's worker leaves it alone during the test.
          runAt: o.state && o.state !== "succeeded" ? BigInt(Date.now() + DAY_MS) : receivedAt,
        },
      });
    }
    return id;
  }
  const ids = async (endpointId: string) => (await history(s, endpointId)).map((r) => r.id as string);

  it("keeps only the newest N per endpoint (its own setting), never an active run, and deletes finished jobs with their requests", async () => {
    const ep = await publishEndpoint(s, ECHO, { retentionCount: 3 });
    const other = await publishEndpoint(s, ECHO);
    const queuedOld = await storedRow(ep.id, { ageDays: 0.5, state: "queued", withJob: true });
    const finishedOld = await storedRow(ep.id, { ageDays: 0.4, withJob: true });
    const kept: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await s.post(`/hooks/${ep.id}`, "{}");
      expect(res.status).toBe(200);
    }
    for (let i = 0; i < 4; i++) await s.post(`/hooks/${other.id}`, "{}");
    kept.push(...(await ids(ep.id)).slice(0, 3));

    await enforceRetention({ db, config: DEFAULTS });
    expect(await ids(ep.id)).toEqual([...kept, queuedOld]);
    expect(await db.job.findUnique({ where: { id: finishedOld } })).toBeNull();
    expect(await db.job.findUnique({ where: { id: queuedOld } })).not.toBeNull();
    // Another endpoint keeps the default count.
    expect(await ids(other.id)).toHaveLength(4);
  });

  it("deletes entries older than N days (the endpoint's setting, else the default)", async () => {
    const week = await publishEndpoint(s, ECHO, { retentionDays: 7 });
    const byDefault = await publishEndpoint(s, ECHO);
    const recent = await storedRow(week.id, { ageDays: 6 });
    await storedRow(week.id, { ageDays: 8 });
    const retrying = await storedRow(week.id, { ageDays: 9, state: "retrying" });
    const defaultKept = await storedRow(byDefault.id, { ageDays: 20 });
    await storedRow(byDefault.id, { ageDays: 31 });

    // The history says what it keeps.
    expect((await s.api("GET", `/api/v1/endpoints/${week.id}/requests`)).body.retention).toEqual({
      days: 7,
      count: 10_000,
    });
    expect((await s.api("GET", `/api/v1/endpoints/${byDefault.id}/requests`)).body.retention).toEqual({
      days: 30,
      count: 10_000,
    });

    await enforceRetention({ db, config: DEFAULTS });
    expect(await ids(week.id)).toEqual([recent, retrying]);
    expect(await ids(byDefault.id)).toEqual([defaultKept]);
  });

  it("is enforced by the server's own sweeper", async () => {
    const ep = await publishEndpoint(s, ECHO);
    const old = await storedRow(ep.id, { ageDays: 45 });
    const fresh = await storedRow(ep.id, { ageDays: 1 });
    await waitUntil(
      async () => !(await ids(ep.id)).includes(old),
      15_000,
      "the sweeper to delete a 45-day-old request",
    );
    expect(await ids(ep.id)).toEqual([fresh]);
  });
});
