"use client";

import { useEffect } from "react";
import { call, id } from "@/lib/editor-store/api-client";
import { useEditorStoreApi } from "@/lib/editor-store/context";
import type { TRequestEntry } from "@/lib/editor-store/run-types";
import { runFromEntry } from "@/lib/editor-store/slices/run-slice";

/**
 * `/endpoints/{id}?request={requestId}` (the back office's links to the request that stored a record) opens the
 * History panel with that request's run drawn on the canvas.
 */
export function useRequestLink() {
  const store = useEditorStoreApi();
  useEffect(() => {
    const requestId = new URLSearchParams(window.location.search).get("request");
    if (!requestId) return;
    const s = store.getState();
    call<TRequestEntry>("GET", `/endpoints/${id(s.endpoint.id)}/requests/${id(requestId)}`).then(
      (entry) => {
        store.getState().setPanel("history");
        store.getState().showRun(runFromEntry(entry, "history"));
      },
      () => undefined, // gone (retention): the editor opens as usual
    );
  }, [store]);
}
