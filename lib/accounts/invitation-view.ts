import { ZRole } from "@/lib/access/scopes";
import type { TInvitationOut } from "./schemas";

type TInvitationRow = {
  id: string;
  email: string;
  role: string | null;
  status: string;
  expiresAt: Date;
  createdAt: Date;
};

/** The page an invitee opens: its id is the proof, so the link is the invitation. */
export function invitationUrl(origin: string, id: string): string {
  return `${origin}/invite/${id}`;
}

export function toInvitation(row: TInvitationRow, origin: string): TInvitationOut {
  return {
    id: row.id,
    email: row.email,
    role: ZRole.catch("viewer").parse(row.role),
    status: row.status,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    url: invitationUrl(origin, row.id),
  };
}
