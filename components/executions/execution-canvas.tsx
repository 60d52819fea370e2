"use client";

import { ReactFlowProvider } from "@xyflow/react";
import { useEffect } from "react";
import { Canvas } from "@/components/editor/canvas";
import { EditorStoreProvider, useEditorStoreApi } from "@/lib/editor-store/context";
import { hookstackApi } from "@/lib/editor-store/api-client";
import type { TRequestEntry } from "@/lib/editor-store/run-types";
import { runFromEntry } from "@/lib/editor-store/slices/run-slice";
import type { TEndpoint } from "@/lib/editor-store/types";

function ShowRun({ entry }: { entry: TRequestEntry }) {
  const store = useEditorStoreApi();
  useEffect(() => {
    store.getState().showRun(runFromEntry(entry, "history"), { focusFailure: false });
  }, [store, entry]);
  return null;
}

/** The editor's own canvas, read-only, on the version that ran, with the request's trace painted on each node. */
export function ExecutionCanvas({ endpoint, entry }: { endpoint: TEndpoint; entry: TRequestEntry }) {
  return (
    <EditorStoreProvider endpoint={endpoint} api={hookstackApi} readOnly>
      <ReactFlowProvider>
        <ShowRun entry={entry} />
        <div className="h-[440px] overflow-hidden rounded-xl border border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-950">
          <Canvas />
        </div>
      </ReactFlowProvider>
    </EditorStoreProvider>
  );
}
