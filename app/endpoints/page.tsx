import type { Metadata } from "next";
import { listEndpoints } from "@/lib/endpoints/list-endpoints";
import { presentEndpoint } from "@/lib/endpoints/present-endpoint";
import { requirePerson } from "../page-access";
import type { TEndpointSummary } from "@/lib/editor-store/types";
import { pageOrigin } from "./page-origin";
import { EndpointsPageClient } from "./page-client";
import { roleCan } from "@/lib/access/scopes";

export const metadata: Metadata = { title: "Endpoints · Hookstack" };

export default async function EndpointsPage() {
  const person = await requirePerson("/endpoints");
  const [endpoints, origin] = await Promise.all([listEndpoints({ workspaceId: person.workspaceId }), pageOrigin()]);
  // The list never needs the graphs: keep them out of the page payload.
  const initial: TEndpointSummary[] = endpoints.map((e) => {
    const { draft: _draft, ...summary } = presentEndpoint(e, origin);
    return summary;
  });
  return <EndpointsPageClient initialEndpoints={initial} canEdit={roleCan(person.role, "endpoints:write")} />;
}
