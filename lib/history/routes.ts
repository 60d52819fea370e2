import { ZDashboard, ZDashboardQuery } from "./get-dashboard";

/**
 * The request-history routes of /api/v1 with their scopes, in the shape of the route declarations the access
 * layer reads, spread into lib/api/routes.ts.
 */
export const HISTORY_ROUTES = {
  "GET /dashboard": {
    summary:
      "Requests per minute, error rate and p50/p95 run time per endpoint and overall over the last hour, day or week (bucketed), the endpoints failing now first, the newest failures",
    access: { scope: "endpoints:read" },
    query: ZDashboardQuery,
    output: ZDashboard,
  },
} as const;
