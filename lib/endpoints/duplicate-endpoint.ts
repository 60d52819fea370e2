import { getDb } from "@/lib/db/client";
import { newId, newRandomId } from "@/lib/ids";
import { findEndpointRow, toEndpoint, type TEndpointView } from "./endpoint-view";

export type DuplicateEndpointOptions = { workspaceId: string; id: string };

const MAX_NAME = 100;
const SUFFIX = " copy";

/** A new endpoint with the same draft, settings and test suite, named "<name> copy"; versions and history are not copied. */
export async function duplicateEndpoint({ workspaceId, id }: DuplicateEndpointOptions): Promise<TEndpointView> {
  const db = getDb();
  const source = await findEndpointRow(db, workspaceId, id);
  const row = await db.$transaction(async (tx) => {
    const created = await tx.endpoint.create({
      data: {
        id: newRandomId("ep"),
        workspaceId,
        name: source.name.slice(0, MAX_NAME - SUFFIX.length) + SUFFIX,
        enabled: source.enabled,
        draftGraph: source.draftGraph,
        settings: source.settings,
      },
    });
    const tests = await tx.testCase.findMany({ where: { endpointId: id, workspaceId } });
    if (tests.length) {
      await tx.testCase.createMany({
        data: tests.map((t) => ({
          id: newId("tst"),
          workspaceId,
          endpointId: created.id,
          name: t.name,
          position: t.position,
          request: t.request,
          expect: t.expect,
        })),
      });
    }
    return created;
  });
  return toEndpoint(row, null);
}
