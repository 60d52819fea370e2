import { getDb } from "@/lib/db/client";
import { EMPTY_GRAPH } from "@/lib/graph/schema";
import { newId, newRandomId } from "@/lib/ids";
import { ZTableDefinition } from "@/lib/table-schema/field-types";
import { bumpRevision } from "@/lib/workspaces/bump-revision";
import { invalidField } from "@/lib/errors";
import { STARTERS } from "@/lib/starters";
import { ZTestCaseInput } from "@/lib/test-cases/schema";
import { importTestsTx } from "@/lib/test-suites/import-tests";
import { checkGraph, type TCheckedGraph } from "./check-graph";
import { toEndpoint, type TEndpointView } from "./endpoint-view";
import type { TCreateEndpointBody } from "./schemas";

export type CreateEndpointOptions = TCreateEndpointBody & { workspaceId: string };

/**
 * Creates an endpoint with the given graph (or one webhook node, or a starter's stack and tables) as its draft;
 * nothing is published yet.
 */
export async function createEndpoint({
  workspaceId,
  name,
  graph,
  allowErrors,
  enabled,
  settings,
  starter: starterId,
  tests,
}: CreateEndpointOptions): Promise<TEndpointView & Pick<TCheckedGraph, "problems">> {
  const starter = starterId === undefined ? undefined : STARTERS.find((s) => s.id === starterId);
  if (starterId !== undefined && !starter) {
    throw invalidField("starter", `unknown starter "${starterId}" (known: ${STARTERS.map((s) => s.id).join(", ")})`);
  }
  // A starter's cases test the starter's graph: they come with it, not with a graph of the caller's own.
  if (graph === undefined) tests ??= starter?.tests?.map((t) => ZTestCaseInput.parse(t));
  graph ??= starter?.graph;
  settings ??= starter?.settings;
  const checked = graph === undefined ? checkGraph(EMPTY_GRAPH) : checkGraph(graph, { allowErrors });
  const row = await getDb().$transaction(async (tx) => {
    const created = await tx.endpoint.create({
      data: {
        id: newRandomId("ep"),
        workspaceId,
        name,
        enabled: enabled ?? true,
        draftGraph: JSON.stringify(checked.graph),
        settings: JSON.stringify(settings ?? {}),
      },
    });
    // A starter opens ready to run: its tables are created with it (a table of that name already there is kept).
    const tables = starter?.tables ?? [];
    const existing = new Set(
      (
        await tx.dataTable.findMany({
          where: { workspaceId, name: { in: tables.map((t) => t.name) } },
          select: { name: true },
        })
      ).map((t) => t.name),
    );
    const missing = tables.filter((t) => !existing.has(t.name));
    for (const t of missing) {
      const fields = ZTableDefinition.parse(t).fields;
      await tx.dataTable.create({
        data: { id: newId("tbl"), workspaceId, name: t.name, fields: JSON.stringify(fields) },
      });
    }
    if (missing.length) await bumpRevision(tx, workspaceId);
    if (tests?.length) await importTestsTx(tx, { workspaceId, endpointId: created.id, tests });
    return created;
  });
  return { ...toEndpoint(row, null), problems: checked.problems };
}
