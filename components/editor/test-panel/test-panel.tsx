"use client";

import { useEffect, useRef } from "react";
import { useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { Switch } from "@/components/ui/switch";
import { ReadOnlyTip, useIsReadOnly } from "../read-only";
import { ListeningCard } from "./live-listener";
import { RequestComposer } from "./request-composer";
import { RunResult } from "./run-result";

function ListenBar() {
  const store = useEditorStoreApi();
  const listen = useEditor((s) => s.listen);
  const isLive = useEditor((s) => s.endpoint.publishedVersion !== null && s.endpoint.enabled);
  return (
    <div className="flex flex-col gap-2 border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
      <div className="flex items-center gap-2">
        <div className="min-w-0 flex-1">
          <p className="text-[13px] font-medium">Live requests</p>
          <p className="text-xs text-zinc-500 dark:text-zinc-400">
            {isLive ? "Catch the next real request with its trace." : "Publish first: until then the URL answers 404."}
          </p>
        </div>
        <Button
          icon="zap"
          disabled={!isLive}
          onClick={() => store.getState().setListen({ status: "listening" })}
          data-testid="listen-button"
        >
          Listen
        </Button>
      </div>
      {(listen.status === "ended" || listen.status === "error") && (
        <p className="flex items-center gap-1.5 text-xs text-zinc-500 dark:text-zinc-400" role="status">
          <Icon name="info" size={13} />
          {listen.message}
        </p>
      )}
    </div>
  );
}

function RunBar() {
  const store = useEditorStoreApi();
  const isDryRun = useEditor((s) => s.composer.isDryRun);
  const busy = useEditor((s) => s.runBusy);
  const error = useEditor((s) => s.runError);
  const isReadOnly = useIsReadOnly();
  return (
    <div className="shrink-0 border-t border-zinc-200 bg-white px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900">
      {error && (
        <p
          className="mb-2 flex items-start gap-1.5 text-xs leading-4 text-red-600 dark:text-red-400"
          role="alert"
          data-testid="run-request-error"
        >
          <Icon name="alertCircle" size={13} className="mt-px shrink-0" />
          {error}
        </p>
      )}
      <div className="flex items-center gap-3">
        <label className="flex min-w-0 flex-1 cursor-pointer items-center gap-2">
          <Switch
            checked={isDryRun}
            onChange={(on) => store.getState().setComposer({ isDryRun: on })}
            label="Dry run"
            size="sm"
          />
          <span className="min-w-0">
            <span className="block text-xs font-medium text-zinc-800 dark:text-zinc-200">Dry run</span>
            <span className="block truncate text-[11px] text-zinc-500 dark:text-zinc-400">
              {isDryRun ? "Nothing is written or sent" : "Real run: writes records, sends requests"}
            </span>
          </span>
        </label>
        {/* A run is refused to a viewer, dry or not (the server answers 403): disabled, with the reason. */}
        <ReadOnlyTip isRun side="top" align="end">
          <Button
            variant="primary"
            icon="play"
            isBusy={busy === "run" || busy === "replay"}
            disabled={busy !== null || isReadOnly}
            onClick={() => void store.getState().runTest()}
            title={isReadOnly ? undefined : "Run the draft, unsaved changes included (Ctrl+Enter)"}
          >
            Run test
          </Button>
        </ReadOnlyTip>
      </div>
    </div>
  );
}

/**
 * The Test tab: compose a request (or catch a live one), run it on the draft with its unsaved changes, and read the
 * answer here while the trace shows on the canvas.
 */
export function TestPanel() {
  const store = useEditorStoreApi();
  const run = useEditor((s) => s.lastRun);
  const runToken = useEditor((s) => s.runToken);
  const isListening = useEditor((s) => s.listen.status === "listening");
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    store.getState().suggestSample();
  }, [store]);

  // A new result shows at the top of the panel.
  useEffect(() => {
    if (runToken > 0) scroller.current?.scrollTo({ top: 0, behavior: "smooth" });
  }, [runToken]);

  return (
    <div className="flex h-full min-h-0 flex-col" data-testid="test-panel">
      <div ref={scroller} className="min-h-0 flex-1 overflow-y-auto">
        {isListening ? <ListeningCard /> : <ListenBar />}
        {run && <RunResult key={runToken} run={run} />}
        <RequestComposer />
      </div>
      <RunBar />
    </div>
  );
}
