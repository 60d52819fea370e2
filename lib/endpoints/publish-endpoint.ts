import { DomainError } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { newId } from "@/lib/ids";
import { publishGate } from "@/lib/test-suites/publish-gate";
import { checkGraph } from "./check-graph";
import { findEndpointRow, toEndpoint, type TEndpointView } from "./endpoint-view";

export type PublishEndpointOptions = {
  workspaceId: string;
  id: string;
  createdBy?: string;
  /** What the publisher wrote about this version (optional). */
  note?: string;
  /** Publish although test cases fail (recorded on the version). */
  overrideTests?: boolean;
  /** Where the test cases' requests appear to be sent (the caller's origin and address, as for a test run). */
  origin?: string;
  ip?: string;
};

/**
 * Freezes the draft as the next immutable version (1, 2, 3...) and makes it live, in one transaction.
 * A draft with errors is refused with them.
 */
export async function publishEndpoint({
  workspaceId,
  id,
  createdBy,
  ...o
}: PublishEndpointOptions): Promise<TEndpointView> {
  // The test suite runs first (lib/test-suites/publish-gate.ts): a failing case refuses the publish.
  const gate = await publishGate({
    workspaceId,
    endpointId: id,
    override: o.overrideTests ?? false,
    origin: o.origin ?? "http://localhost",
    ip: o.ip ?? "",
  });
  try {
    return await getDb().$transaction(async (tx) => {
      const row = await findEndpointRow(tx, workspaceId, id);
      if (row.draftGraph !== gate.draftGraph)
        throw new DomainError("conflict", "the draft changed while its tests ran; publish again");
      const { graph } = checkGraph(JSON.parse(row.draftGraph));
      const last = await tx.endpointVersion.aggregate({ where: { endpointId: id }, _max: { version: true } });
      const number = (last._max.version ?? 0) + 1;
      const version = await tx.endpointVersion.create({
        // The settings are kept with the version so two versions can be compared (they apply as soon as saved).
        data: {
          id: newId("ver"),
          endpointId: id,
          version: number,
          graph: JSON.stringify(graph),
          createdBy,
          note: o.note ?? null,
          settings: row.settings,
          testSuite: gate.suite && JSON.stringify(gate.suite),
        },
      });
      const updated = await tx.endpoint.update({ where: { id }, data: { publishedVersionId: version.id } });
      return toEndpoint(updated, number);
    });
  } catch (err) {
    // Two publishes at once both chose the same number: the unique (endpoint, version) index refused one.
    if ((err as { code?: string }).code === "P2002") {
      throw new DomainError("conflict", "another publish of this endpoint happened at the same time; try again");
    }
    throw err;
  }
}
