import type pg from "pg";
import { Batcher } from "./batcher";
import type { TEndpointHead } from "./types";

const HEADS = `SELECT e.id, e.workspace_id AS "workspaceId", e.enabled, e.published_version_id AS "publishedVersionId",
                      e.settings, w.revision AS "workspaceRevision"
                 FROM endpoints e JOIN workspaces w ON w.id = e.workspace_id WHERE e.id = ANY($1)`;

/** Most endpoint ids one read asks for. */
const MAX_BATCH = 128;

async function readHeads(pool: pg.Pool, ids: string[]): Promise<(TEndpointHead | undefined)[]> {
  const { rows } = await pool.query<TEndpointHead>({
    name: "hs_endpoint_heads",
    text: HEADS,
    values: [[...new Set(ids)]],
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id));
}

/**
 * Endpoint heads, read on every request, in batches: requests arriving while earlier reads are in flight share
 * the next read. Never cached: each request's read is sent after it arrived, so a publish, a settings change or
 * a disable committed by any instance before the request arrived is what it sees (tests/scale).
 */
export function pgHeadReads(pool: pg.Pool, poolSize: number) {
  return new Batcher<string, TEndpointHead | undefined>(
    { batch: (ids) => readHeads(pool, ids), one: async (id) => (await readHeads(pool, [id]))[0] },
    { maxInFlight: Math.max(1, Math.floor(poolSize / 4)), maxBatch: MAX_BATCH },
  );
}
