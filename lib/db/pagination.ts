import { z } from "zod";

/** `?limit=` (1..200, default 50) and `?cursor=` (the last id of the previous page). */
export const ZPageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(100).optional(),
});

export type TPageQuery = z.infer<typeof ZPageQuery>;

/** Rows are fetched with `take: limit + 1`: the extra row only tells whether another page exists. */
export function pageOf<T extends { id: string }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? items[items.length - 1]!.id : null };
}
