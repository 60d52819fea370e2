import type { Metadata } from "next";
import { getDashboard } from "@/lib/history/get-dashboard";
import { requirePerson } from "./page-access";
import { DashboardPageClient } from "./page-client";

export const metadata: Metadata = { title: "Dashboard · Hookstack" };
export const dynamic = "force-dynamic";

/** The home page: how every endpoint is doing (the endpoints list is at /endpoints). */
export default async function DashboardPage() {
  const person = await requirePerson("/");
  return <DashboardPageClient initial={await getDashboard({ workspaceId: person.workspaceId, range: "hour" })} />;
}
