"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { AppHeader } from "@/components/app-header";
import { Button } from "@/components/ui/button";
import { ToastProvider } from "@/components/ui/toast";
import { SecretDialog } from "@/components/webhooks/secret-dialog";
import { WebhookFormDialog, type TWebhookForm } from "@/components/webhooks/webhook-form-dialog";
import { WebhookTable } from "@/components/webhooks/webhook-table";
import { webhooksApi, type TWithSecret } from "@/components/webhooks/webhooks-api";
import type { TWebhookView } from "@/lib/webhooks/webhook-view";

/** `canEdit` is false for viewers: the list is read-only. */
type Props = { initialWebhooks: TWebhookView[]; eventTypes: string[]; canEdit: boolean };

export function WebhooksPageClient(props: Props) {
  return (
    <ToastProvider>
      <WebhooksPage {...props} />
    </ToastProvider>
  );
}

function WebhooksPage({ initialWebhooks, eventTypes, canEdit }: Props) {
  const router = useRouter();
  const [webhooks, setWebhooks] = useState(initialWebhooks);
  const [isCreating, setCreating] = useState(false);
  const [created, setCreated] = useState<TWithSecret | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const create = async (form: TWebhookForm) => {
    setBusy(true);
    setError(undefined);
    try {
      const hook = await webhooksApi.create(form);
      setWebhooks((list) => [hook, ...list]);
      setCreating(false);
      setCreated(hook);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="min-h-screen">
      <AppHeader current="webhooks" />
      <main className="mx-auto max-w-6xl px-6 py-8">
        <div className="mb-6 flex items-end justify-between gap-4">
          <div>
            <h1 className="text-xl font-semibold tracking-tight">Webhooks</h1>
            <p className="mt-1 text-[13px] text-zinc-500 dark:text-zinc-400">
              Subscribers get a signed POST for each event your function stacks and tables produce, retried until they
              answer 2xx.
            </p>
          </div>
          {canEdit && (
            <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
              New webhook
            </Button>
          )}
        </div>
        {webhooks.length === 0 ? (
          <div className="rounded-xl border border-dashed border-zinc-300 p-10 text-center text-[13px] text-zinc-500 dark:border-zinc-700">
            {canEdit
              ? "No webhooks yet. Add a subscriber URL and the events it wants (record.created, endpoint.request.failed, your own from an Emit event node)."
              : "No webhooks yet. As a viewer you can read the subscriptions and delivery logs editors set up here."}
          </div>
        ) : (
          <WebhookTable webhooks={webhooks} />
        )}
      </main>
      {isCreating && (
        <WebhookFormDialog
          open
          eventTypes={eventTypes}
          isBusy={busy}
          error={error}
          onClose={() => setCreating(false)}
          onSubmit={create}
        />
      )}
      <SecretDialog
        secret={created?.secret ?? null}
        onClose={() => {
          const id = created?.id;
          setCreated(null);
          if (id) router.push(`/webhooks/${id}`);
        }}
      />
    </div>
  );
}
