import { createStore } from "zustand/vanilla";
import { createDocumentSlice } from "./slices/document-slice";
import { createGraphSlice, newDocId } from "./slices/graph-slice";
import { createHistorySlice } from "./slices/undo-slice";
import { createProblemsSlice } from "./slices/problems-slice";
import { createResourcesSlice } from "./slices/resources-slice";
import { createRunSlice } from "./slices/run-slice";
import { createSelectionSlice } from "./slices/selection-slice";
import { createUiSlice } from "./slices/ui-slice";
import type { EditorState } from "./state";
import { fromGraph } from "./convert";
import type { TRunApi } from "./run-types";
import type { TEditorApi, TEndpoint } from "./types";

export type EditorStore = ReturnType<typeof createEditorStore>;

/** One store per open editor: the endpoint's draft on the canvas, its history, problems and server state. */
export function createEditorStore({ endpoint, api, runApi }: { endpoint: TEndpoint; api: TEditorApi; runApi?: TRunApi }) {
  const store = createStore<EditorState>()((...a) => ({
    ...createGraphSlice(...a),
    ...createHistorySlice(...a),
    ...createSelectionSlice(...a),
    ...createProblemsSlice(...a),
    ...createDocumentSlice(api, endpoint)(...a),
    ...createResourcesSlice(...a),
    ...createUiSlice(...a),
    ...createRunSlice(runApi)(...a),
  }));
  const docId = newDocId();
  store.setState({ ...fromGraph(endpoint.draft), docId, savedDocId: docId });
  store.getState().revalidate();
  return store;
}
