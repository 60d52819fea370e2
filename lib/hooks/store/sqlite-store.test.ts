import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteHookStore } from "./sqlite-store";
import type { THookStore } from "./types";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../../prisma/sqlite/migrations");

let dir: string;
let store: THookStore;
let other: Database.Database;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "hookstack-store-"));
  const file = path.join(dir, "t.db");
  // The management API's connection (Prisma, in the UI process) stands in as a second connection to the file.
  other = new Database(file);
  for (const m of readdirSync(MIGRATIONS).filter((m) => !m.endsWith(".toml")).sort()) {
    other.exec(readFileSync(path.join(MIGRATIONS, m, "migration.sql"), "utf8"));
  }
  other.exec(`INSERT INTO workspaces (id, name) VALUES ('ws_1', 'Default');
    INSERT INTO endpoints (id, workspace_id, name, draft_graph, published_version_id, updated_at)
    VALUES ('ep_1', 'ws_1', 'one', '{}', 'ver_1', CURRENT_TIMESTAMP)`);
  store = openSqliteHookStore(`file:${file}`);
});

afterEach(async () => {
  await store.close();
  other.close();
  rmSync(dir, { recursive: true, force: true });
});

// A request that follows a management change arrives in a later event-loop turn (over the network, from a client
// that saw the API answer): each lookup below models one.
const head = async (id: string) => {
  await new Promise((r) => setImmediate(r));
  return store.endpointHead(id);
};

describe("the SQLite hook store's endpoint heads", () => {
  it("sees every change the management API commits on its own connection, at once", async () => {
    expect(await head("ep_1")).toEqual(expect.objectContaining({ enabled: true, publishedVersionId: "ver_1", workspaceRevision: 0 }));
    other.exec(`UPDATE endpoints SET enabled = false WHERE id = 'ep_1'`);
    expect((await head("ep_1"))?.enabled).toBe(false);
    other.exec(`UPDATE endpoints SET enabled = true, published_version_id = 'ver_2', settings = '{"mode":"background"}' WHERE id = 'ep_1'`);
    expect(await head("ep_1")).toEqual(expect.objectContaining({ enabled: true, publishedVersionId: "ver_2", settings: '{"mode":"background"}' }));
    other.exec(`UPDATE workspaces SET revision = 7`);
    expect((await head("ep_1"))?.workspaceRevision).toBe(7);
    other.exec(`DELETE FROM endpoints WHERE id = 'ep_1'`);
    expect(await head("ep_1")).toBeUndefined();
  });

  it("finds an endpoint created after an earlier lookup missed it", async () => {
    expect(await head("ep_2")).toBeUndefined();
    other.exec(`INSERT INTO endpoints (id, workspace_id, name, draft_graph, updated_at) VALUES ('ep_2', 'ws_1', 'two', '{}', CURRENT_TIMESTAMP)`);
    expect(await head("ep_2")).toEqual(expect.objectContaining({ id: "ep_2", publishedVersionId: null }));
  });
});
