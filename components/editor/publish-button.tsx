"use client";

import { useState } from "react";
import { selectErrorCount, useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { Tooltip } from "@/components/ui/tooltip";
import { useToast } from "@/components/ui/toast";
import { setupInstructions, type TSetupInstructions } from "@/lib/starters/setup-instructions";
import { PublishBlockedDialog } from "./tests/publish-blocked-dialog";
import { PublishDialog } from "./publish/publish-dialog";

/** Publishes the draft (saving it first); disabled while the validator reports errors. Shows the live URL after. */
export function PublishButton() {
  const errors = useEditor(selectErrorCount);
  const publishing = useEditor((s) => s.publishing);
  const publish = useEditor((s) => s.publish);
  const setPanel = useEditor((s) => s.setPanel);
  const toast = useToast();
  const store = useEditorStoreApi();
  const [live, setLive] = useState<{ version: number; url: string; setup: TSetupInstructions } | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);

  // The draft is saved first, so the dialog's change list is exactly what goes live.
  const onOpen = async () => {
    const s = store.getState();
    if (s.docId !== s.savedDocId && !(await s.saveDraft())) {
      return toast({ title: "Could not save the draft", description: store.getState().save.error, tone: "danger" });
    }
    void store.getState().loadLiveVersion();
    setIsConfirming(true);
  };

  const showLive = (published: { publishedVersion: number | null; url: string }) => {
    // The steps of the stack's own provider (its signature check's preset), not one provider's for every stack.
    const nodes = store.getState().nodes.map((n) => ({ type: n.data.type, config: n.data.config }));
    setLive({ version: published.publishedVersion ?? 0, url: published.url, setup: setupInstructions({ nodes }) });
  };

  const onPublish = async (note: string) => {
    const published = await publish({ note: note || undefined });
    setIsConfirming(false);
    if (published) return showLive(published);
    const { publishing: after, publishBlock } = store.getState();
    // Failing tests have their own dialog (PublishBlockedDialog).
    if (after.status === "error" && !publishBlock)
      toast({ title: "Publish failed", description: after.error, tone: "danger" });
  };

  const button = (
    <Button
      variant="primary"
      icon="rocket"
      disabled={errors > 0}
      isBusy={publishing.status === "busy"}
      onClick={() => void onOpen()}
      aria-describedby={errors > 0 ? "publish-blocked" : undefined}
    >
      Publish
    </Button>
  );

  return (
    <>
      {errors > 0 ? (
        <>
          <button
            type="button"
            onClick={() => setPanel("problems")}
            className="flex h-8 items-center gap-1.5 rounded-md px-2 text-xs font-medium text-red-600 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-500/10"
            id="publish-blocked"
          >
            <span className="flex h-4 min-w-4 items-center justify-center rounded-full bg-red-500 px-1 text-[10.5px] font-semibold text-white">
              {errors}
            </span>
            {errors === 1 ? "error" : "errors"} to fix
          </button>
          <Tooltip content="Fix the errors to publish" align="end">
            {button}
          </Tooltip>
        </>
      ) : (
        <Tooltip content="Save and make this draft live" align="end">
          {button}
        </Tooltip>
      )}
      <PublishBlockedDialog onPublished={showLive} />
      <PublishDialog
        open={isConfirming}
        onClose={() => setIsConfirming(false)}
        onPublish={(note) => void onPublish(note)}
      />
      <Dialog
        open={!!live}
        onClose={() => setLive(null)}
        title={`Version ${live?.version ?? ""} is live`}
        description="Requests to this URL now run what you just published."
        onSubmit={() => setLive(null)}
        footer={
          <Button type="submit" variant="primary" autoFocus>
            Done
          </Button>
        }
      >
        <div className="flex min-h-9 items-center gap-1 rounded-md border border-zinc-200 bg-zinc-50 py-1.5 pl-3 pr-1.5 dark:border-zinc-700 dark:bg-zinc-950">
          <code className="min-w-0 flex-1 break-all font-mono text-[12.5px] leading-5" data-testid="live-url">
            {live?.url}
          </code>
          <CopyButton value={live?.url ?? ""} label="Copy live URL" />
        </div>
        {live && (
          <div className="mt-4" data-testid="setup-steps">
            <h3 className="text-[13px] font-medium">Set it up at {live.setup.provider}</h3>
            <ol className="mt-1.5 list-decimal space-y-1 pl-5 text-[13px] leading-5 text-zinc-600 dark:text-zinc-400">
              {live.setup.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </div>
        )}
      </Dialog>
    </>
  );
}
