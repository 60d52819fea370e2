import { compilePlan, type TPlan } from "@/lib/engine/plan";
import type { TExpressionLimits } from "@/lib/expressions/limits";
import { ZGraph } from "@/lib/graph/schema";
import { decryptSecret } from "@/lib/secrets/cipher";
import { ZTableField, type TTable } from "@/lib/table-schema/field-types";
import type { TRunStore } from "@/lib/run-store/types";

const MAX_PLANS = 500;

/** Compiled plans by version id: versions are immutable, so a plan never goes stale. */
export class PlanCache {
  private readonly plans = new Map<string, TPlan>();

  async get(store: TRunStore, versionId: string, limits: TExpressionLimits): Promise<TPlan | undefined> {
    const key = `${versionId}:${limits.timeoutMs}:${limits.maxDepth}:${limits.maxSequence}`;
    const hit = this.plans.get(key);
    if (hit) return hit;
    const text = await store.versionGraph(versionId);
    if (text === undefined) return undefined;
    const plan = compilePlan(ZGraph.parse(JSON.parse(text)), limits);
    if (this.plans.size >= MAX_PLANS) this.plans.delete(this.plans.keys().next().value!);
    this.plans.set(key, plan);
    return plan;
  }
}

export type TWorkspaceData = {
  revision: number;
  env: Record<string, string>;
  /** The env values, one array per revision, so redaction can cache what it derives from them. */
  secrets: readonly string[];
  tables: Map<string, TTable>;
};

/** Decrypted env and table definitions per workspace, reloaded when the workspace's revision moves. */
export class WorkspaceCache {
  private readonly entries = new Map<string, TWorkspaceData>();

  async get(store: TRunStore, workspaceId: string, revision: number): Promise<TWorkspaceData> {
    const hit = this.entries.get(workspaceId);
    if (hit && hit.revision === revision) return hit;
    const [envRows, tableRows] = await Promise.all([store.envVars(workspaceId), store.tables(workspaceId)]);
    const env: Record<string, string> = Object.create(null);
    for (const row of envRows) env[row.name] = decryptSecret(row.value);
    const tables = new Map<string, TTable>();
    for (const row of tableRows) {
      tables.set(row.name, { id: row.id, name: row.name, fields: ZTableField.array().parse(JSON.parse(row.fields)) });
    }
    const data = { revision, env, secrets: Object.values(env), tables };
    this.entries.set(workspaceId, data);
    return data;
  }
}
