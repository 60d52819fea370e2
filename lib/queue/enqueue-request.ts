import type { TEndpointSettings } from "@/lib/settings/endpoint-settings";
import type { TRequestInfo } from "@/lib/engine/types";
import type { TRuntime } from "@/lib/runtime/runtime";
import type { TEndpointHead } from "@/lib/run-store/types";
import { newId } from "@/lib/ids";
import { answerColumns, requestLogRow } from "@/lib/runs/execute-run";
import { serializeResponse, type TWireResponse } from "@/lib/runs/serialize-response";
import { jobRequestText } from "./job-request";

export const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * A background endpoint's request: stored durably with its job in one transaction, then answered at once.
 * Once the caller has its 202, the request is on disk and a worker will run it, even if this process dies.
 */
export async function enqueueRequest(o: {
  runtime: TRuntime;
  head: TEndpointHead;
  settings: TEndpointSettings;
  request: TRequestInfo;
  rawBody?: Buffer;
  secrets: readonly string[];
}): Promise<TWireResponse> {
  const { runtime, head, settings, request } = o;
  const id = newId("req");
  const accepted = settings.acceptedResponse ?? { status: 202, body: undefined };
  const wire = serializeResponse({
    status: accepted.status,
    headers: {},
    body: accepted.body ?? { accepted: true, requestId: id },
  });
  const log = {
    ...requestLogRow({
      id,
      endpointId: head.id,
      workspaceId: head.workspaceId,
      versionId: head.publishedVersionId,
      source: "live",
      request,
      historyBytes: runtime.config.HOOKSTACK_HISTORY_BODY_BYTES,
      secrets: o.secrets,
    }),
    ...answerColumns(wire),
    acceptedStatus: wire.status,
  };
  await runtime.store.enqueueJob(log, {
    id,
    endpointId: head.id,
    workspaceId: head.workspaceId,
    versionId: head.publishedVersionId!,
    request: jobRequestText(request, o.rawBody),
    attempts: 0,
    maxAttempts: settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    runAt: Date.now(),
  });
  runtime.worker?.wake();
  return wire;
}
