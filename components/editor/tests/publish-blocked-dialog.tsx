"use client";

import { useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import type { TEndpoint } from "@/lib/editor-store/types";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Icon } from "@/components/ui/icon";

/**
 * Shown when publishing was refused because test cases fail: which ones and why, then open the Tests tab to see
 * them on the canvas, or publish anyway (the version records the override).
 */
export function PublishBlockedDialog({ onPublished }: { onPublished(endpoint: TEndpoint): void }) {
  const store = useEditorStoreApi();
  const block = useEditor((s) => s.publishBlock);
  const tests = useEditor((s) => s.tests);
  const isBusy = useEditor((s) => s.publishing.status === "busy");
  const nameOf = (testId: string) => tests?.find((t) => t.id === testId)?.name;

  const openTests = async () => {
    const s = store.getState();
    s.dismissPublishBlock();
    s.setPanel("tests");
    await s.runTests();
  };
  const publishAnyway = async () => {
    // The same note as the refused publish (it was confirmed in the publish dialog).
    const published = await store
      .getState()
      .publish({ overrideTests: true, note: store.getState().publishBlock?.note });
    if (published) onPublished(published);
  };

  return (
    <Dialog
      open={block !== null}
      onClose={() => store.getState().dismissPublishBlock()}
      title="Tests fail: not published"
      description="Publishing runs the endpoint’s test suite on the draft first. Fix the draft or the tests, or publish anyway: the version records that you overrode the suite."
      footer={
        <>
          <Button onClick={() => void publishAnyway()} isBusy={isBusy} data-testid="publish-anyway">
            Publish anyway
          </Button>
          <Button variant="primary" icon="play" autoFocus onClick={() => void openTests()}>
            Open the tests
          </Button>
        </>
      }
    >
      <ul className="flex flex-col gap-1.5" data-testid="failing-tests">
        {block?.failures.map((f) => (
          <li key={f.testId} className="flex items-start gap-2 text-[13px] leading-5">
            <Icon name="alertCircle" size={14} className="mt-[3px] shrink-0 text-red-600 dark:text-red-400" />
            <span className="min-w-0 break-words">
              {nameOf(f.testId) ? <b className="font-medium">{nameOf(f.testId)}</b> : null}
              {nameOf(f.testId) ? ": " : ""}
              <span className="text-zinc-600 dark:text-zinc-400">
                {nameOf(f.testId) ? f.message.slice(nameOf(f.testId)!.length + 2) : f.message}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
