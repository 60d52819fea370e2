"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import { createEditorStore, type EditorStore } from "./create-editor-store";
import type { EditorState } from "./state";
import type { TEditorApi, TEndpoint } from "./types";

const EditorStoreContext = createContext<EditorStore | null>(null);

export function EditorStoreProvider({
  endpoint,
  api,
  readOnly = false,
  children,
}: {
  endpoint: TEndpoint;
  api: TEditorApi;
  /** Whether the person may only look (decided by the page from their role). */
  readOnly?: boolean;
  children: ReactNode;
}) {
  // One store for the editor's lifetime; a different endpoint mounts a new provider (keyed by id).
  const [store] = useState(() => createEditorStore({ endpoint, api, readOnly }));
  return <EditorStoreContext.Provider value={store}>{children}</EditorStoreContext.Provider>;
}

export function useEditorStoreApi(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error("useEditor must be used inside <EditorStoreProvider>");
  return store;
}

/** Reads one narrow slice of the editor state; pick the smallest value a component needs. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStoreApi(), selector);
}

/** Unsaved changes; never in a read-only editor, which has nothing it could save. */
export const selectIsDirty = (s: EditorState) => !s.readOnly && s.docId !== s.savedDocId;
export const selectIsReadOnly = (s: EditorState) => s.readOnly;
export const selectCanUndo = (s: EditorState) => s.past.length > 0;
export const selectCanRedo = (s: EditorState) => s.future.length > 0;
export const selectErrorCount = (s: EditorState) => s.problems.errors.length;
export const selectWarningCount = (s: EditorState) => s.problems.warnings.length;
/** The node the inspector shows: the only selected node, if exactly one is. */
export const selectInspectedNodeId = (s: EditorState) =>
  s.selectedNodeIds.length === 1 ? s.selectedNodeIds[0] : undefined;
