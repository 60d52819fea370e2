import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DomainError } from "@/lib/errors";
import { getEndpoint } from "@/lib/endpoints/get-endpoint";
import { presentEndpoint } from "@/lib/endpoints/present-endpoint";
import { getExecution } from "@/lib/history/get-execution";
import { requirePerson } from "../../page-access";
import { pageOrigin } from "../../endpoints/page-origin";
import { ExecutionPageClient } from "./page-client";
import { roleCan } from "@/lib/access/scopes";

type Props = { params: Promise<{ requestId: string }> };

export const metadata: Metadata = { title: "Execution · Hookstack" };
export const dynamic = "force-dynamic";

/** One request in full: what came in, what went out, and its run drawn on the version that ran. */
export default async function ExecutionPage({ params }: Props) {
  const { requestId } = await params;
  const person = await requirePerson(`/executions/${requestId}`);
  try {
    const execution = await getExecution({ workspaceId: person.workspaceId, requestId });
    const [endpoint, origin] = await Promise.all([
      getEndpoint({ workspaceId: person.workspaceId, id: execution.endpoint.id }),
      pageOrigin(),
    ]);
    // The canvas is the editor's, on a store whose stack is the version that ran (never saved: read-only).
    const canvasEndpoint = { ...presentEndpoint(endpoint, origin), draft: execution.graph };
    return (
      <ExecutionPageClient
        execution={execution}
        canvasEndpoint={canvasEndpoint}
        origin={origin}
        canRun={roleCan(person.role, "endpoints:write")}
      />
    );
  } catch (err) {
    if (err instanceof DomainError && err.code === "not_found") notFound();
    throw err;
  }
}
