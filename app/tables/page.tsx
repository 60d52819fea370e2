import type { Metadata } from "next";
import { listTables } from "@/lib/tables/list-tables";
import { requirePerson } from "../page-access";
import { TablesPageClient } from "./page-client";
import { roleCan } from "@/lib/access/scopes";

export const metadata: Metadata = { title: "Tables · Hookstack" };
export const dynamic = "force-dynamic";

export default async function TablesPage() {
  const person = await requirePerson("/tables");
  const tables = await listTables({ workspaceId: person.workspaceId });
  return <TablesPageClient initialTables={tables} canEdit={roleCan(person.role, "tables:write")} />;
}
