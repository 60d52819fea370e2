import type { EdgeChange, NodeChange } from "@xyflow/react";
import type { EditorState } from "./state";
import type { TStackEdge, TStackNode } from "./types";

/** Why a read-only editor offers no way to change the stack: shown beside every control it leaves out. */
export const READ_ONLY_REASON = "Viewers can’t change this stack";
/** Why its runs are refused too, dry runs included: the server keeps running for those who may change the stack. */
export const READ_ONLY_RUN_REASON = "Viewers can’t run this stack";

/**
 * What a read-only editor (a viewer's, or a past version's) cannot do: every action that changes the document, or
 * that writes, runs or sends on the server (which refuses a viewer those with 403 anyway). Reading, selecting,
 * copying, showing runs and history, and listening stay.
 */
type TWriteAction =
  | "connect"
  | "addNode"
  | "appendNode"
  | "updateConfig"
  | "setNodeLabel"
  | "deleteNodes"
  | "deleteSelection"
  | "paste"
  | "duplicateSelection"
  | "layout"
  | "replaceGraph"
  | "undo"
  | "redo"
  | "saveDraft"
  | "publish"
  | "restoreVersion"
  | "rename"
  | "createEnvVar"
  | "createTable"
  | "signComposer"
  | "runTest"
  | "replay"
  | "editTest"
  | "saveTest"
  | "deleteTest"
  | "runTests"
  | "saveComposerAsTest"
  | "saveEntryAsTest"
  | "importTests";

/** Each write action as a no-op with the answer its callers read as "nothing happened". */
const REFUSED: Pick<EditorState, TWriteAction> = {
  connect() {},
  addNode: () => undefined,
  appendNode: () => undefined,
  updateConfig() {},
  setNodeLabel() {},
  deleteNodes() {},
  deleteSelection() {},
  paste() {},
  duplicateSelection() {},
  layout() {},
  replaceGraph() {},
  undo() {},
  redo() {},
  saveDraft: async () => false,
  publish: async () => undefined,
  restoreVersion: async () => false,
  rename: async () => false,
  createEnvVar: async () => READ_ONLY_REASON,
  createTable: async () => READ_ONLY_REASON,
  signComposer: async () => false,
  runTest: async () => undefined,
  replay: async () => undefined,
  editTest() {},
  saveTest: async () => READ_ONLY_REASON,
  deleteTest: async () => {},
  runTests: async () => undefined,
  saveComposerAsTest() {},
  saveEntryAsTest() {},
  importTests: async () => {
    throw new Error(READ_ONLY_REASON);
  },
};

/** Canvas changes that only look: selecting, and React Flow measuring a node. Moving, adding and removing are edits. */
const isLook = (c: NodeChange<TStackNode> | EdgeChange<TStackEdge>) => c.type === "select" || c.type === "dimensions";

/**
 * The store's state with every write action refused: the one place that makes an editor read-only, whichever
 * control, shortcut or drag calls it. Components ask `readOnly` only to leave those controls out.
 */
export function lockWrites(state: EditorState): EditorState {
  return {
    ...state,
    ...REFUSED,
    readOnly: true,
    onNodesChange: (changes) => state.onNodesChange(changes.filter(isLook)),
    onEdgesChange: (changes) => state.onEdgesChange(changes.filter(isLook)),
  };
}
