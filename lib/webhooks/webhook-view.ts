import type { WebhookSubscription } from "@/generated/sqlite/client";
import { decryptSecret } from "@/lib/secrets/cipher";
import type { TWebhookStatus } from "./schemas";

export type TWebhookView = {
  id: string;
  name: string;
  url: string;
  events: string[];
  status: TWebhookStatus;
  disabledReason: string | null;
  headers: Record<string, string>;
  /** The password is never shown again. */
  basicAuth: { username: string } | null;
  tlsVerify: boolean;
  retrySchedule: number[];
  /** While a rotated-out secret still signs beside the new one. */
  previousSecretExpiresAt: string | null;
  createdAt: string;
  updatedAt: string;
};

const iso = (ms: bigint | number) => new Date(Number(ms)).toISOString();

export function basicAuthOf(row: { basicAuth: string | null }): { username: string; password: string } | null {
  return row.basicAuth ? JSON.parse(decryptSecret(row.basicAuth)) : null;
}

export function presentWebhook(row: WebhookSubscription, now = Date.now()): TWebhookView {
  const overlap = row.previousSecretExpiresAt !== null && Number(row.previousSecretExpiresAt) > now;
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    events: JSON.parse(row.events),
    status: row.status as TWebhookStatus,
    disabledReason: row.disabledReason,
    headers: JSON.parse(row.headers),
    basicAuth: row.basicAuth ? { username: basicAuthOf(row)!.username } : null,
    tlsVerify: row.tlsVerify,
    retrySchedule: JSON.parse(row.retrySchedule),
    previousSecretExpiresAt: overlap ? iso(row.previousSecretExpiresAt!) : null,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/** The secrets that sign now: the current one, then the previous one during its overlap. */
export function signingSecrets(
  row: { secret: string; previousSecret: string | null; previousSecretExpiresAt: bigint | number | null },
  now: number,
): string[] {
  const secrets = [decryptSecret(row.secret)];
  if (row.previousSecret && row.previousSecretExpiresAt !== null && Number(row.previousSecretExpiresAt) > now) {
    secrets.push(decryptSecret(row.previousSecret));
  }
  return secrets;
}
