import { getDb } from "@/lib/db/client";
import { encryptSecret } from "@/lib/secrets/cipher";
import { getWebhookRow } from "./get-webhook";
import { newWebhookSecret } from "./signing";
import { presentWebhook, type TWebhookView } from "./webhook-view";

/** How long a rotated-out secret keeps signing beside the new one, so receivers can switch without downtime. */
export const ROTATION_OVERLAP_MS = 24 * 3_600_000;

export type RotateWebhookSecretOptions = { workspaceId: string; id: string; secret?: string; now?: number };

/** A new (or the supplied) secret, shown once; the one it replaces signs beside it for 24 hours. */
export async function rotateWebhookSecret(o: RotateWebhookSecretOptions): Promise<TWebhookView & { secret: string }> {
  const before = await getWebhookRow(o);
  const secret = o.secret ?? newWebhookSecret();
  const now = o.now ?? Date.now();
  const row = await getDb().webhookSubscription.update({
    where: { id: o.id },
    data: {
      secret: encryptSecret(secret),
      previousSecret: before.secret,
      previousSecretExpiresAt: now + ROTATION_OVERLAP_MS,
      updatedAt: now,
    },
  });
  return { ...presentWebhook(row, now), secret };
}
