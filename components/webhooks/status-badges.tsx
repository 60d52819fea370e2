import { Badge } from "@/components/ui/badge";
import type { TDeliveryStatus, TWebhookStatus } from "@/lib/webhooks/schemas";

const WEBHOOK_TONE = { active: "success", paused: "neutral", disabled: "danger" } as const;
const DELIVERY_TONE = { delivered: "success", pending: "warning", failed: "danger" } as const;

export function WebhookStatusBadge({ status, reason }: { status: TWebhookStatus; reason?: string | null }) {
  return (
    <Badge tone={WEBHOOK_TONE[status]} title={reason ?? undefined}>
      {status}
    </Badge>
  );
}

export function DeliveryStatusBadge({ status }: { status: TDeliveryStatus }) {
  return <Badge tone={DELIVERY_TONE[status]}>{status}</Badge>;
}

/** An HTTP status code coloured by class; "—" when no answer came. */
export function ResponseCode({ code }: { code: number | null }) {
  if (code === null) return <span className="text-zinc-400">—</span>;
  const tone = code >= 200 && code < 300 ? "text-emerald-600 dark:text-emerald-400" : "text-red-600 dark:text-red-400";
  return <span className={`font-mono ${tone}`}>{code}</span>;
}
