import { EditorSkeleton } from "@/components/editor/canvas-skeleton";

/** Shown while the editor's page loads the endpoint: the editor's outline, never an empty canvas. */
export default function EditorLoading() {
  return <EditorSkeleton />;
}
