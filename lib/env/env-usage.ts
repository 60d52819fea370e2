import { getDb } from "@/lib/db/client";

/** An endpoint whose stack reads a variable: in its live (published) version, its draft, or both. */
export type TEnvUser = { id: string; name: string; live: boolean; draft: boolean };

/** `$env.NAME` (or `$env["NAME"]`, `$env['NAME']`) anywhere in a graph's JSON: expressions and secret pickers alike. */
export function envNamesIn(graphJson: string): Set<string> {
  const names = new Set<string>();
  for (const m of graphJson.matchAll(/\$env(?:\.([A-Z_][A-Z0-9_]*)|\[\\?["']([A-Z_][A-Z0-9_]*)\\?["']\])/g))
    names.add((m[1] ?? m[2])!);
  return names;
}

/** For each variable name, the endpoints of the workspace whose draft or live version uses it. */
export async function envUsage(workspaceId: string): Promise<Map<string, TEnvUser[]>> {
  const endpoints = await getDb().endpoint.findMany({
    where: { workspaceId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, draftGraph: true, publishedVersionId: true },
  });
  const liveIds = endpoints.map((e) => e.publishedVersionId).filter((v): v is string => !!v);
  const live = new Map(
    (await getDb().endpointVersion.findMany({ where: { id: { in: liveIds } }, select: { id: true, graph: true } })).map(
      (v) => [v.id, envNamesIn(v.graph)],
    ),
  );
  const usage = new Map<string, TEnvUser[]>();
  for (const e of endpoints) {
    const inDraft = envNamesIn(e.draftGraph);
    const inLive = (e.publishedVersionId && live.get(e.publishedVersionId)) || new Set<string>();
    for (const name of new Set([...inDraft, ...inLive])) {
      const users = usage.get(name) ?? [];
      users.push({ id: e.id, name: e.name, live: inLive.has(name), draft: inDraft.has(name) });
      usage.set(name, users);
    }
  }
  return usage;
}
