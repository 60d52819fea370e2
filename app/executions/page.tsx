import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { listExecutions } from "@/lib/history/list-executions";
import { requirePerson } from "../page-access";
import { ExecutionsPageClient } from "./page-client";

export const metadata: Metadata = { title: "Executions · Hookstack" };
export const dynamic = "force-dynamic";

export default async function ExecutionsPage() {
  const person = await requirePerson("/executions");
  const [page, endpoints] = await Promise.all([
    listExecutions({ workspaceId: person.workspaceId }),
    getDb().endpoint.findMany({
      where: { workspaceId: person.workspaceId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return <ExecutionsPageClient initialPage={page} endpoints={endpoints} />;
}
