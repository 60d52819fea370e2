import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { sqlitePath } from "@/lib/db/database-url";
import { useMigratedDatabase } from "../support/migrated-db";

/** Another writer on its own connection and thread, as the run store, delivery worker and rollup writer are. */
const WRITER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(workerData.file, { timeout: 10000 });
parentPort.on("message", (id) => {
  try {
    db.prepare("INSERT INTO workspaces (id, name, slug, created_at) VALUES (?, ?, ?, 0)").run(id, id, id);
    parentPort.postMessage({ ok: true });
  } catch (e) { parentPort.postMessage({ ok: false, error: String(e) }); }
});`;

let worker: Worker;
beforeAll(async () => {
  const url = await useMigratedDatabase("sqlite");
  worker = new Worker(WRITER, { eval: true, workerData: { file: sqlitePath(url) } });
  await once(worker, "online");
}, 60_000);
afterAll(() => worker?.terminate());

it("a hand edit's transaction (read, then write) survives another connection committing in between", async () => {
  const db = getDb();
  const before = await db.workspace.count();
  let other: Promise<unknown> = Promise.resolve();
  await db.$transaction(async (tx) => {
    expect(await tx.workspace.count()).toBe(before);
    other = once(worker, "message").then(([m]) => m);
    worker.postMessage("ws_other");
    await new Promise((r) => setTimeout(r, 100));
    await tx.workspace.create({ data: { id: "ws_edit", name: "Edit", slug: "edit" } });
  });
  // The other writer waited for the edit's commit (busy timeout), then committed too.
  expect(await other).toEqual({ ok: true });
  expect(await db.workspace.count()).toBe(before + 2);
});
