import type { StateCreator } from "zustand";
import type { GraphSlice } from "./slices/graph-slice";
import type { HistorySlice } from "./slices/undo-slice";
import type { SelectionSlice } from "./slices/selection-slice";
import type { ProblemsSlice } from "./slices/problems-slice";
import type { DocumentSlice } from "./slices/document-slice";
import type { ResourcesSlice } from "./slices/resources-slice";
import type { RunSlice } from "./slices/run-slice";
import type { UiSlice } from "./slices/ui-slice";

export type EditorState = GraphSlice & HistorySlice & SelectionSlice & ProblemsSlice & DocumentSlice & ResourcesSlice & UiSlice & RunSlice;

export type EditorSlice<T> = StateCreator<EditorState, [], [], T>;
