import type { EditorSlice } from "../state";

/** The right-hand panel's tabs (components/editor/side-panel). */
export type TEditorPanel = "inspector" | "test" | "tests" | "history" | "problems" | "versions" | "settings";

/** View state of the editor's chrome: never saved, never in the undo history. */
export type UiSlice = {
  panel: TEditorPanel;
  setPanel(panel: TEditorPanel): void;
};

export const createUiSlice: EditorSlice<UiSlice> = (set) => ({
  panel: "inspector",
  setPanel: (panel) => set({ panel }),
});
