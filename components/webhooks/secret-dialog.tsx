"use client";

import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";

/** The signing secret, shown this once (after creating or rotating). */
export function SecretDialog({
  secret,
  isRotation,
  onClose,
}: {
  secret: string | null;
  isRotation?: boolean;
  onClose(): void;
}) {
  return (
    <Dialog
      open={secret !== null}
      onClose={onClose}
      onSubmit={onClose}
      title="Signing secret"
      description="Copy it now: it is not shown again."
      footer={
        <Button type="submit" variant="primary">
          Done
        </Button>
      }
    >
      <div className="flex flex-col gap-3">
        <div className="flex items-center gap-2 rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900">
          <code data-testid="webhook-secret" className="flex-1 break-all font-mono text-[12.5px]">
            {secret}
          </code>
          {secret && <CopyButton value={secret} label="Copy secret" />}
        </div>
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          {isRotation
            ? "The previous secret keeps signing beside this one for 24 hours, so receivers can switch without missing a delivery."
            : "Receivers verify the webhook-signature header with it, e.g. new Webhook(secret).verify(body, headers) from the standardwebhooks library."}
        </p>
      </div>
    </Dialog>
  );
}
