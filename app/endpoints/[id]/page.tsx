import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DomainError } from "@/lib/errors";
import { serverConfig } from "@/lib/config";
import { getEndpoint } from "@/lib/endpoints/get-endpoint";
import { presentEndpoint } from "@/lib/endpoints/present-endpoint";
import { EMPTY_GRAPH, ZGraph } from "@/lib/graph/schema";
import { requirePerson } from "../../page-access";
import type { TEndpoint } from "@/lib/editor-store/types";
import { pageOrigin } from "../page-origin";
import { EditorPageClient } from "./page-client";
import { roleCan } from "@/lib/access/scopes";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const person = await requirePerson(`/endpoints/${id}`);
  try {
    return { person, endpoint: await getEndpoint({ workspaceId: person.workspaceId, id }) };
  } catch (err) {
    if (err instanceof DomainError && err.code === "not_found") notFound();
    throw err;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { endpoint } = await load(id);
  return { title: `${endpoint.name} · Hookstack` };
}

export default async function EndpointEditorPage({ params }: Props) {
  const { id } = await params;
  const [{ person, endpoint }, origin] = await Promise.all([load(id), pageOrigin()]);
  const draft = ZGraph.safeParse(endpoint.draft);
  const config = serverConfig();
  const initial: TEndpoint = {
    ...presentEndpoint(endpoint, origin),
    draft: draft.success ? draft.data : EMPTY_GRAPH,
    serverLimits: {
      maxBodyBytes: config.HOOKSTACK_MAX_BODY_BYTES,
      maxSteps: config.HOOKSTACK_MAX_STEPS,
      maxIterations: config.HOOKSTACK_MAX_ITERATIONS,
      runTimeoutMs: config.HOOKSTACK_RUN_TIMEOUT_MS,
      expressionTimeoutMs: config.HOOKSTACK_EXPRESSION_TIMEOUT_MS,
      retentionDays: config.HOOKSTACK_RETENTION_DAYS,
      retentionCount: config.HOOKSTACK_RETENTION_COUNT,
    },
  };
  return <EditorPageClient endpoint={initial} readOnly={!roleCan(person.role, "endpoints:write")} />;
}
