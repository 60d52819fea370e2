"use client";

import { ReactFlowProvider } from "@xyflow/react";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { EditorStoreProvider, selectIsDirty, useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import type { TEditorApi, TEndpoint } from "@/lib/editor-store/types";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ToastProvider, useToast } from "@/components/ui/toast";
import { Canvas } from "./canvas";
import { Palette } from "./palette";
import { useIsReadOnly } from "./read-only";
import { SidePanel } from "./side-panel";
import { Toolbar } from "./toolbar";
import { useEditorShortcuts } from "./use-editor-shortcuts";
import { useRequestLink } from "./use-request-link";

/** The editor for one endpoint: palette, canvas and side panels around one store. */
export function Editor({
  endpoint,
  api,
  readOnly = false,
}: {
  endpoint: TEndpoint;
  api: TEditorApi;
  readOnly?: boolean;
}) {
  return (
    <ToastProvider>
      <EditorStoreProvider key={endpoint.id} endpoint={endpoint} api={api} readOnly={readOnly}>
        <ReactFlowProvider>
          <EditorLayout />
        </ReactFlowProvider>
      </EditorStoreProvider>
    </ToastProvider>
  );
}

function EditorLayout() {
  const store = useEditorStoreApi();
  const router = useRouter();
  const toast = useToast();
  const isReadOnly = useIsReadOnly();
  // Never dirty when read-only: no "unsaved changes" prompts for a viewer.
  const isDirty = useEditor(selectIsDirty);
  const [isLeaving, setIsLeaving] = useState(false);

  useRequestLink();
  useEffect(() => {
    void store.getState().loadResources();
    // The latest request (test or live) gives expressions their data until a run is shown.
    void store.getState().loadLatestRun();
  }, [store]);

  // The browser asks before closing or reloading the tab with unsaved changes.
  useEffect(() => {
    if (!isDirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [isDirty]);

  const save = useCallback(async () => {
    const ok = await store.getState().saveDraft();
    const s = store.getState();
    if (!ok) {
      if (s.save.status === "error")
        toast({ title: "Could not save the draft", description: s.save.error, tone: "danger" });
      return false;
    }
    const errors = s.problems.errors.length;
    toast({
      title: "Draft saved",
      description: errors
        ? `${errors} error${errors === 1 ? "" : "s"} to fix before you can publish.`
        : "Publish to make it live.",
      tone: "success",
    });
    return true;
  }, [store, toast]);
  const onSave = useCallback(() => void save(), [save]);
  useEditorShortcuts(store, onSave);

  const leave = () => router.push("/endpoints");

  return (
    <div className="flex h-screen flex-col overflow-hidden">
      <Toolbar onSave={onSave} onLeave={() => (isDirty ? setIsLeaving(true) : leave())} />
      <div className="flex min-h-0 flex-1">
        {!isReadOnly && <Palette />}
        <main className="min-w-0 flex-1" aria-label="Canvas">
          <Canvas />
        </main>
        <SidePanel />
      </div>
      <Dialog
        open={isLeaving}
        onClose={() => setIsLeaving(false)}
        title="Leave with unsaved changes?"
        description="Your changes to the draft are not saved. The live version is not affected either way."
        width="sm"
        onSubmit={() => void save().then((ok) => ok && leave())}
        footer={
          <>
            <Button onClick={() => setIsLeaving(false)}>Stay</Button>
            <Button
              variant="danger"
              onClick={() => {
                // Discarding: the dirty state must not trigger the browser's own prompt on the way out.
                store.setState({ savedDocId: store.getState().docId });
                leave();
              }}
            >
              Discard
            </Button>
            <Button type="submit" variant="primary" autoFocus>
              Save and leave
            </Button>
          </>
        }
      />
    </div>
  );
}
