import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DomainError } from "@/lib/errors";
import { getTable } from "@/lib/tables/get-table";
import { listRecords } from "@/lib/tables/list-records";
import { requirePerson } from "../../page-access";
import { TablePageClient } from "./page-client";
import { roleCan } from "@/lib/access/scopes";

type Props = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await params).name} · Tables · Hookstack` };
}

export default async function TablePage({ params }: Props) {
  const { name } = await params;
  const person = await requirePerson(`/tables/${name}`);
  try {
    const [table, page] = await Promise.all([
      getTable({ workspaceId: person.workspaceId, name }),
      listRecords({ workspaceId: person.workspaceId, name }),
    ]);
    return <TablePageClient initialTable={table} initialPage={page} canEdit={roleCan(person.role, "tables:write")} />;
  } catch (err) {
    if (err instanceof DomainError && err.code === "not_found") notFound();
    throw err;
  }
}
