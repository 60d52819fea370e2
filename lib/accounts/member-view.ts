import { ZRole } from "@/lib/access/scopes";
import type { TMemberOut } from "./schemas";

type TMemberRow = { id: string; userId: string; role: string; createdAt: Date; user: { name: string; email: string } };

export const MEMBER_INCLUDE = { user: { select: { name: true, email: true } } } as const;

export function toMember(row: TMemberRow): TMemberOut {
  return {
    id: row.id,
    userId: row.userId,
    name: row.user.name,
    email: row.user.email,
    role: ZRole.parse(row.role),
    createdAt: row.createdAt.toISOString(),
  };
}
