import { createStore } from "zustand/vanilla";
import { createDocumentSlice } from "./slices/document-slice";
import { createGraphSlice, newDocId } from "./slices/graph-slice";
import { createUndoSlice } from "./slices/undo-slice";
import { createProblemsSlice } from "./slices/problems-slice";
import { createResourcesSlice } from "./slices/resources-slice";
import { createRunSlice } from "./slices/run-slice";
import { createSelectionSlice } from "./slices/selection-slice";
import { createUiSlice } from "./slices/ui-slice";
import { createSampleSlice } from "./slices/sample-slice";
import { createTestsSlice } from "./slices/tests-slice";
import { readComposer, writeComposer } from "./composer-storage";
import type { EditorState } from "./state";
import { fromGraph } from "./convert";
import { lockWrites } from "./read-only";
import type { TRunApi } from "./run-types";
import type { TEditorApi, TEndpoint } from "./types";

export type EditorStore = ReturnType<typeof createEditorStore>;

/** One store per open editor: the endpoint's draft on the canvas, its undo stack, problems and server state. */
export function createEditorStore({
  endpoint,
  api,
  runApi,
  readOnly = false,
}: {
  endpoint: TEndpoint;
  api: TEditorApi;
  runApi?: TRunApi;
  /** A viewer's editor (or a past version's canvas): it shows everything and changes nothing. */
  readOnly?: boolean;
}) {
  const docId = newDocId();
  // The document is part of the initial state: the server render and hydration read the initial state, and a
  // stack set afterwards would first render as an empty canvas (with the onboarding hint) until hydrated.
  const store = createStore<EditorState>()((...a) => {
    const state: EditorState = {
      ...createGraphSlice(...a),
      ...createUndoSlice(...a),
      ...createSelectionSlice(...a),
      ...createProblemsSlice(...a),
      ...createDocumentSlice(api, endpoint)(...a),
      ...createResourcesSlice(...a),
      ...createUiSlice(...a),
      ...createRunSlice(runApi)(...a),
      ...createSampleSlice(...a),
      ...createTestsSlice()(...a),
      ...fromGraph(endpoint.draft),
      docId,
      savedDocId: docId,
    };
    return readOnly ? lockWrites(state) : state;
  });
  // The test request survives reloads, per endpoint; an old signature is made again before the next run.
  const kept = readComposer(endpoint.id);
  if (kept) store.setState({ composer: kept });
  store.subscribe((s, before) => {
    if (s.composer !== before.composer) writeComposer(endpoint.id, s.composer);
    // A run shown (or the latest one loaded) changes what the field lint knows about the data.
    if (s.lastRun !== before.lastRun) s.noteRunSources();
    if (s.lastRun !== before.lastRun || s.latestRun !== before.latestRun) s.revalidate();
  });
  store.getState().revalidate();
  return store;
}
