import type { TStackEdge, TStackNode } from "./types";

/** What Copy keeps: shared by every editor in the tab, so nodes can be copied from one endpoint into another. */
export type TClipboard = { nodes: TStackNode[]; edges: TStackEdge[] };

let clipboard: TClipboard | null = null;

export function readClipboard(): TClipboard | null {
  return clipboard;
}

export function writeClipboard(value: TClipboard | null) {
  clipboard = value;
}
