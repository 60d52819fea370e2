import type { StateCreator } from "zustand";
import type { GraphSlice } from "./slices/graph-slice";
import type { UndoSlice } from "./slices/undo-slice";
import type { SelectionSlice } from "./slices/selection-slice";
import type { ProblemsSlice } from "./slices/problems-slice";
import type { DocumentSlice } from "./slices/document-slice";
import type { ResourcesSlice } from "./slices/resources-slice";
import type { RunSlice } from "./slices/run-slice";
import type { UiSlice } from "./slices/ui-slice";
import type { SampleSlice } from "./slices/sample-slice";
import type { TestsSlice } from "./slices/tests-slice";

export type EditorState = GraphSlice &
  UndoSlice &
  SelectionSlice &
  ProblemsSlice &
  DocumentSlice &
  ResourcesSlice &
  UiSlice &
  RunSlice &
  SampleSlice &
  TestsSlice;

export type EditorSlice<T> = StateCreator<EditorState, [], [], T>;
