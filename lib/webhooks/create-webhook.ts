import { getDb } from "@/lib/db/client";
import { newId } from "@/lib/ids";
import { encryptSecret } from "@/lib/secrets/cipher";
import { DEFAULT_RETRY_SCHEDULE, type TCreateWebhook } from "./schemas";
import { newWebhookSecret } from "./signing";
import { presentWebhook, type TWebhookView } from "./webhook-view";

export type CreateWebhookOptions = { workspaceId: string; input: TCreateWebhook };

/** Creates an active subscription; the answer is the only place (with rotation) its secret is ever shown. */
export async function createWebhook({
  workspaceId,
  input,
}: CreateWebhookOptions): Promise<TWebhookView & { secret: string }> {
  const secret = input.secret ?? newWebhookSecret();
  const now = Date.now();
  const row = await getDb().webhookSubscription.create({
    data: {
      id: newId("wh"),
      workspaceId,
      name: input.name ?? "",
      url: input.url,
      events: JSON.stringify([...new Set(input.events)]),
      secret: encryptSecret(secret),
      headers: JSON.stringify(input.headers ?? {}),
      basicAuth: input.basicAuth ? encryptSecret(JSON.stringify(input.basicAuth)) : null,
      tlsVerify: input.tlsVerify ?? true,
      retrySchedule: JSON.stringify(input.retrySchedule ?? DEFAULT_RETRY_SCHEDULE),
      createdAt: now,
      updatedAt: now,
    },
  });
  return { ...presentWebhook(row, now), secret };
}
