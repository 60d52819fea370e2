import { getDb } from "@/lib/db/client";
import { databaseUrl, providerOf } from "@/lib/db/database-url";
import { claimDeliveriesSql, type TDeliveryClaim } from "./claim-sql";

export type { TDeliveryClaim } from "./claim-sql";

/**
 * Claims through Prisma (any process). The server's delivery worker claims through the hot path's store instead
 * (TRunStore.claimDeliveries: the same statement on its prepared connection), so its polls cost no query compile.
 */
export async function claimDeliveries(o: TDeliveryClaim): Promise<string[]> {
  const { sql, values } = claimDeliveriesSql(providerOf(databaseUrl()), o);
  const rows = await getDb().$queryRawUnsafe<{ id: string }[]>(sql, ...values);
  return rows.map((r) => r.id);
}
