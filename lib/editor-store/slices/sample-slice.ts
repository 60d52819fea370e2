import { runFromEntry } from "./run-slice";
import { expressionSources } from "../sample-data";
import type { TRunView } from "../run-types";
import type { EditorSlice } from "../state";

/**
 * The data the editor completes from and previews with when no run is on the canvas: the stack's latest request
 * (test or live), loaded once when the editor opens. Never saved, never in the undo history.
 */
export type SampleSlice = {
  latestRun: TRunView | null;
  /** The expression texts the run on the canvas ran with (by node id, then `field` or `field.key`). */
  runSources: Record<string, Record<string, string>> | null;
  loadLatestRun(): Promise<void>;
  /** Called when a run is shown: it becomes the latest run, and later edits make its values under the fields stale. */
  noteRunSources(): void;
};

export const createSampleSlice: EditorSlice<SampleSlice> = (set, get) => ({
  latestRun: null,
  runSources: null,
  async loadLatestRun() {
    try {
      const s = get();
      const page = await s.runApi.listRequests(s.endpoint.id, { limit: 1 });
      const entry = page.requests[0];
      if (entry) set({ latestRun: runFromEntry(entry, "history") });
    } catch {
      // Without a past run the editor completes from the test request instead: nothing to tell the person.
    }
  },
  noteRunSources() {
    const s = get();
    // A run shown stays the data after Clear takes it off the canvas.
    if (s.lastRun) set({ latestRun: s.lastRun, runSources: expressionSources(s.nodes) });
  },
});
