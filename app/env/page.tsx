import type { Metadata } from "next";
import { listEnvVars } from "@/lib/env/list-env-vars";
import { requirePerson } from "../page-access";
import { EnvPageClient } from "./page-client";
import { roleCan } from "@/lib/access/scopes";

export const metadata: Metadata = { title: "Variables · Hookstack" };
export const dynamic = "force-dynamic";

export default async function EnvPage() {
  const person = await requirePerson("/env");
  const variables = await listEnvVars({ workspaceId: person.workspaceId });
  return <EnvPageClient initialVariables={variables} canEdit={roleCan(person.role, "env:write")} />;
}
