import { z } from "zod";
import { ZPageQuery, pageOf } from "@/lib/db/pagination";
import { getDb } from "@/lib/db/client";

export const ZEventQuery = ZPageQuery.extend({ type: z.string().max(100).optional() });

export type TEventView = { id: string; type: string; created_at: string; data: unknown; requestId: string | null };

export type ListEventsOptions = { workspaceId: string; query: z.infer<typeof ZEventQuery> };

/** Recent events of the workspace, newest first, in the shape they are delivered (plus the request that caused them). */
export async function listEvents({
  workspaceId,
  query,
}: ListEventsOptions): Promise<{ data: TEventView[]; nextCursor: string | null }> {
  const rows = await getDb().webhookEvent.findMany({
    where: { workspaceId, ...(query.type && { type: query.type }), ...(query.cursor && { id: { lt: query.cursor } }) },
    orderBy: { id: "desc" },
    take: query.limit + 1,
  });
  const page = pageOf(rows, query.limit);
  return {
    data: page.items.map((e) => ({
      id: e.id,
      type: e.type,
      created_at: new Date(Number(e.createdAt)).toISOString(),
      data: JSON.parse(e.data),
      requestId: e.requestId,
    })),
    nextCursor: page.nextCursor,
  };
}
