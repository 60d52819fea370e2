import { getDb } from "@/lib/db/client";
import { encryptSecret } from "@/lib/secrets/cipher";
import { getWebhookRow } from "./get-webhook";
import { DELETED_STATUS } from "./purge-webhook";
import type { TUpdateWebhook } from "./schemas";
import { presentWebhook, type TWebhookView } from "./webhook-view";

export type UpdateWebhookOptions = { workspaceId: string; id: string; input: TUpdateWebhook };

/**
 * Changes a subscription. Setting `status: "active"` also re-enables one the system disabled (clearing its reason
 * and failure streak) and makes its waiting deliveries due at once.
 */
export async function updateWebhook({ workspaceId, id, input }: UpdateWebhookOptions): Promise<TWebhookView> {
  const before = await getWebhookRow({ workspaceId, id });
  const now = Date.now();
  const resuming = input.status === "active" && before.status !== "active";
  return getDb().$transaction(async (tx) => {
    // Never over a delete that came meanwhile (it would bring the subscription back mid-purge): not found instead.
    const row = await tx.webhookSubscription.update({
      where: { id, status: { not: DELETED_STATUS } },
      data: {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.url !== undefined && { url: input.url }),
        ...(input.events !== undefined && { events: JSON.stringify([...new Set(input.events)]) }),
        ...(input.headers !== undefined && { headers: JSON.stringify(input.headers) }),
        ...(input.basicAuth !== undefined && {
          basicAuth: input.basicAuth ? encryptSecret(JSON.stringify(input.basicAuth)) : null,
        }),
        ...(input.tlsVerify !== undefined && { tlsVerify: input.tlsVerify }),
        ...(input.retrySchedule !== undefined && { retrySchedule: JSON.stringify(input.retrySchedule) }),
        ...(input.status !== undefined && { status: input.status }),
        ...(resuming && { disabledReason: null, failingSince: null }),
        updatedAt: now,
      },
    });
    if (resuming)
      await tx.webhookDelivery.updateMany({
        where: { subscriptionId: id, status: "pending" },
        data: { nextAttemptAt: now, updatedAt: now },
      });
    return presentWebhook(row, now);
  });
}
