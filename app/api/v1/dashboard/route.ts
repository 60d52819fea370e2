import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { getDashboard } from "@/lib/history/get-dashboard";

/** `?range=hour|day|week` → the dashboard's figures (lib/history/get-dashboard.ts). */
export const GET = route("GET /dashboard", async ({ workspaceId, query }) => {
  return json(await getDashboard({ ...query, workspaceId }));
});
