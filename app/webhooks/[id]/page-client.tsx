"use client";

import { formatTime } from "@/lib/format/time";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { AppHeader } from "@/components/app-header";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { ToastProvider, useToast } from "@/components/ui/toast";
import { DeliveryLog } from "@/components/webhooks/delivery-log";
import { SecretDialog } from "@/components/webhooks/secret-dialog";
import { WebhookStatusBadge } from "@/components/webhooks/status-badges";
import { WebhookFormDialog, type TWebhookForm } from "@/components/webhooks/webhook-form-dialog";
import { webhooksApi } from "@/components/webhooks/webhooks-api";
import type { TWebhookView } from "@/lib/webhooks/webhook-view";

/** `canEdit` is false for viewers: they read the subscription and its log, and change nothing. */
type Props = { initial: TWebhookView; eventTypes: string[]; canEdit: boolean };

export function WebhookPageClient(props: Props) {
  return (
    <ToastProvider>
      <WebhookPage {...props} />
    </ToastProvider>
  );
}

type Dialogs = "none" | "edit" | "delete";

function WebhookPage({ initial, eventTypes, canEdit }: Props) {
  const router = useRouter();
  const toast = useToast();
  const [hook, setHook] = useState(initial);
  const [dialog, setDialog] = useState<Dialogs>("none");
  const [secret, setSecret] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [refreshKey, setRefreshKey] = useState(0);

  const say = (text: string, isError = false) => toast({ title: text, tone: isError ? "danger" : "success" });
  const act = async (name: string, work: () => Promise<void>) => {
    setBusy(name);
    setError(undefined);
    try {
      await work();
    } catch (err) {
      setError((err as Error).message);
      if (dialog === "none") say((err as Error).message, true);
    } finally {
      setBusy(null);
    }
  };

  const sendTest = () =>
    act("test", async () => {
      const result = await webhooksApi.test(hook.id);
      say(
        result.status === "delivered"
          ? `Test event delivered (${result.responseCode})`
          : `Test event failed: ${result.error ?? result.responseCode}`,
        result.status !== "delivered",
      );
      setRefreshKey((k) => k + 1);
    });
  const setStatus = (status: "active" | "paused") =>
    act("status", async () => setHook(await webhooksApi.update(hook.id, { status })));
  const rotate = () =>
    act("rotate", async () => {
      const rotated = await webhooksApi.rotate(hook.id);
      setHook(rotated);
      setSecret(rotated.secret);
    });
  const save = (form: TWebhookForm) =>
    act("save", async () => {
      setHook(await webhooksApi.update(hook.id, form));
      setDialog("none");
    });
  const remove = () =>
    act("delete", async () => {
      await webhooksApi.remove(hook.id);
      router.push("/webhooks");
    });

  return (
    <div className="min-h-screen">
      <AppHeader current="webhooks" />
      <main className="mx-auto flex max-w-6xl flex-col gap-6 px-6 py-8">
        <div>
          <Link href="/webhooks" className="text-xs text-zinc-500 hover:text-zinc-800 dark:hover:text-zinc-200">
            ← Webhooks
          </Link>
          <div className="mt-2 flex flex-wrap items-center gap-3">
            <h1 className="text-xl font-semibold tracking-tight">{hook.name || hook.id}</h1>
            <WebhookStatusBadge status={hook.status} reason={hook.disabledReason} />
            {canEdit ? (
              <div className="ml-auto flex flex-wrap gap-2">
                <Button variant="primary" onClick={() => void sendTest()} isBusy={busy === "test"}>
                  Send test event
                </Button>
                {hook.status === "active" ? (
                  <Button onClick={() => void setStatus("paused")} isBusy={busy === "status"}>
                    Pause
                  </Button>
                ) : (
                  <Button onClick={() => void setStatus("active")} isBusy={busy === "status"}>
                    {hook.status === "disabled" ? "Re-enable" : "Resume"}
                  </Button>
                )}
                <Button onClick={() => setDialog("edit")}>Edit</Button>
                <Button onClick={() => void rotate()} isBusy={busy === "rotate"}>
                  Rotate secret
                </Button>
                <Button variant="danger" onClick={() => setDialog("delete")}>
                  Delete
                </Button>
              </div>
            ) : (
              <span
                className="ml-auto rounded-md bg-amber-50 px-2 py-1 text-[12px] font-medium text-amber-800 dark:bg-amber-950/50 dark:text-amber-300"
                data-testid="read-only"
              >
                Read-only: viewers can look, not change
              </span>
            )}
          </div>
          <dl className="mt-4 grid grid-cols-[140px_1fr] gap-x-4 gap-y-1.5 text-[13px]">
            <dt className="text-zinc-500">URL</dt>
            <dd className="break-all font-mono text-[12.5px]">{hook.url}</dd>
            <dt className="text-zinc-500">Events</dt>
            <dd className="font-mono text-[12.5px]">{hook.events.join(", ")}</dd>
            <dt className="text-zinc-500">Retry schedule</dt>
            <dd>
              {hook.retrySchedule.map((s) => (s < 60 ? `${s}s` : s < 3600 ? `${s / 60}m` : `${s / 3600}h`)).join(" → ")}
            </dd>
            {hook.previousSecretExpiresAt && (
              <>
                <dt className="text-zinc-500">Rotation</dt>
                <dd>the previous secret signs too until {formatTime(hook.previousSecretExpiresAt)}</dd>
              </>
            )}
            {hook.disabledReason && (
              <>
                <dt className="text-zinc-500">Disabled</dt>
                <dd className="text-red-600 dark:text-red-400" data-testid="disabled-reason">
                  {hook.disabledReason}
                </dd>
              </>
            )}
          </dl>
        </div>
        <DeliveryLog
          webhookId={hook.id}
          eventTypes={eventTypes}
          refreshKey={refreshKey}
          onMessage={say}
          canEdit={canEdit}
        />
      </main>
      {dialog === "edit" && (
        <WebhookFormDialog
          open
          initial={hook}
          eventTypes={eventTypes}
          isBusy={busy === "save"}
          error={error}
          onClose={() => setDialog("none")}
          onSubmit={(f) => void save(f)}
        />
      )}
      <ConfirmDialog
        open={dialog === "delete"}
        onClose={() => setDialog("none")}
        onConfirm={() => void remove()}
        title={`Delete “${hook.name || hook.id}”?`}
        description="Its deliveries stop at once and its delivery log is deleted."
        confirmLabel="Delete webhook"
        isBusy={busy === "delete"}
      />
      <SecretDialog secret={secret} isRotation onClose={() => setSecret(null)} />
    </div>
  );
}
