"use client";

import { useRef } from "react";
import { selectCanRedo, selectCanUndo, useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import { toGraph } from "@/lib/editor-store/convert";
import { Button } from "@/components/ui/button";
import { Badge, Dot } from "@/components/ui/badge";
import { Icon } from "@/components/ui/icon";
import { READ_ONLY_REASON } from "@/lib/editor-store/read-only";
import { CopyButton } from "@/components/ui/copy-button";
import { Tooltip } from "@/components/ui/tooltip";
import { useToast } from "@/components/ui/toast";
import { Logo } from "@/components/app-header";
import { EndpointTitle } from "./endpoint-title";
import { downloadGraph, readGraphFile } from "./graph-file";
import { useIsReadOnly } from "./read-only";
import { PublishButton } from "./publish-button";
import { SaveStatus } from "./save-status";
import { DraftState } from "./publish/draft-state";

const isMac = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

function Divider() {
  return <span className="mx-1 h-5 w-px bg-zinc-200 dark:bg-zinc-800" aria-hidden="true" />;
}

export function Toolbar({ onLeave, onSave }: { onLeave(): void; onSave(): void }) {
  const store = useEditorStoreApi();
  const canUndo = useEditor(selectCanUndo);
  const canRedo = useEditor(selectCanRedo);
  const url = useEditor((s) => s.endpoint.url);
  const version = useEditor((s) => s.endpoint.publishedVersion);
  const enabled = useEditor((s) => s.endpoint.enabled);
  const saving = useEditor((s) => s.save.status === "busy");
  const toast = useToast();
  const fileInput = useRef<HTMLInputElement>(null);
  const mod = isMac() ? "⌘" : "Ctrl+";
  const isReadOnly = useIsReadOnly();

  const exportGraph = async () => {
    const s = store.getState();
    // The test suite travels with the stack.
    const tests = s.tests ?? (await s.testsApi.list(s.endpoint.id).catch(() => []));
    downloadGraph(
      toGraph(s.nodes, s.edges),
      s.endpoint.name,
      tests.map(({ name, request, expect }) => ({ name, request, expect })),
    );
  };
  const importFile = async (file: File) => {
    const result = readGraphFile(await file.text());
    if (!result.ok) return toast({ title: "Could not import", description: result.message, tone: "danger" });
    store.getState().replaceGraph(result.graph);
    let testsNote = "";
    if (result.tests.length) {
      try {
        const count = await store.getState().importTests(result.tests);
        testsNote = ` Its ${count} ${count === 1 ? "test is" : "tests are"} in the suite (same-named tests replaced).`;
      } catch (err) {
        testsNote = ` Its tests could not be added: ${err instanceof Error ? err.message : String(err)}`;
      }
    }
    toast({
      title: `Imported ${result.graph.nodes.length} nodes`,
      description: `Save to keep them as the draft; Undo puts the previous graph back.${testsNote}`,
      tone: "success",
    });
  };

  const isLive = version !== null && enabled;
  return (
    <header className="flex h-12 shrink-0 items-center gap-2 border-b border-zinc-200 bg-white px-3 dark:border-zinc-800 dark:bg-zinc-900">
      <Tooltip content="All endpoints" align="start">
        <a
          href="/endpoints"
          onClick={(e) => {
            e.preventDefault();
            onLeave();
          }}
          aria-label="Back to endpoints"
          className="flex h-8 items-center gap-1 rounded-md pl-1 pr-1.5 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
        >
          <Logo />
        </a>
      </Tooltip>
      <span className="text-zinc-300 dark:text-zinc-700" aria-hidden="true">
        /
      </span>
      <EndpointTitle />
      {isReadOnly ? (
        // A viewer's editor saves nothing: the marker says so instead of "Draft saved".
        <Tooltip content={`${READ_ONLY_REASON}: an owner can make you an editor`}>
          <span
            data-testid="read-only"
            tabIndex={0}
            className="rounded-md focus-visible:outline-2 focus-visible:outline-indigo-500"
          >
            <Badge tone="warning" className="h-6 gap-1 px-2 text-[12px]">
              <Icon name="lock" size={12} />
              Read only
            </Badge>
          </span>
        </Tooltip>
      ) : (
        <SaveStatus />
      )}
      <DraftState />

      <div className="ml-auto flex min-w-0 items-center gap-1">
        <div
          className="mr-1 flex h-8 min-w-0 max-w-[300px] items-center gap-1.5 rounded-md border border-zinc-200 bg-zinc-50 pl-2.5 pr-1 dark:border-zinc-800 dark:bg-zinc-950"
          title={
            isLive
              ? `Live: version ${version}`
              : version === null
                ? "Not published yet: the URL answers 404"
                : "Disabled: the URL answers 404"
          }
        >
          <Dot tone={isLive ? "success" : "neutral"} />
          <span className="shrink-0 text-[11px] font-medium text-zinc-500 dark:text-zinc-400">
            {isLive ? `Live v${version}` : "Not live"}
          </span>
          <code
            className="min-w-0 truncate font-mono text-[11.5px] text-zinc-600 dark:text-zinc-400"
            data-testid="toolbar-url"
          >
            {url}
          </code>
          <CopyButton value={url} label="Copy endpoint URL" />
        </div>
        {!isReadOnly && (
          <>
            <Tooltip content={`Undo (${mod}Z)`}>
              <Button
                variant="ghost"
                iconOnly
                icon="undo"
                aria-label="Undo"
                disabled={!canUndo}
                onClick={() => store.getState().undo()}
              />
            </Tooltip>
            <Tooltip content={`Redo (${mod}Shift+Z)`}>
              <Button
                variant="ghost"
                iconOnly
                icon="redo"
                aria-label="Redo"
                disabled={!canRedo}
                onClick={() => store.getState().redo()}
              />
            </Tooltip>
            <Divider />
            <Tooltip content="Import a graph from a JSON file">
              <Button
                variant="ghost"
                iconOnly
                icon="upload"
                aria-label="Import JSON"
                onClick={() => fileInput.current?.click()}
              />
            </Tooltip>
          </>
        )}
        {/* Reading the stack as a file changes nothing: viewers may export too. */}
        <Tooltip content="Export the graph as a JSON file">
          <Button
            variant="ghost"
            iconOnly
            icon="download"
            aria-label="Export JSON"
            onClick={() => void exportGraph()}
          />
        </Tooltip>
        {!isReadOnly && (
          <>
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              className="hidden"
              data-testid="import-file"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = "";
                if (file) void importFile(file);
              }}
            />
            <Divider />
            <Tooltip content={`Save draft (${mod}S)`} align="end">
              <Button icon="save" onClick={onSave} isBusy={saving}>
                Save
              </Button>
            </Tooltip>
            <PublishButton />
          </>
        )}
      </div>
    </header>
  );
}
