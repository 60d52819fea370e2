import type { TRunView } from "@/lib/editor-store/run-types";

/** "Test run", "Replay of req_…", "Live request": what the canvas is showing. */
export function runTitle(run: TRunView): string {
  switch (run.kind) {
    case "test":
      return "Test run";
    case "replay":
      return run.version === null ? "Replay on the draft" : `Re-sent to live v${run.version}`;
    case "live":
      return "Live request";
    case "history":
      return run.version === null ? "From history (draft)" : `From history (v${run.version})`;
  }
}

/** Which graph ran: the draft, or a published version. */
export function ranOn(run: TRunView): string {
  return run.version === null ? "draft" : `v${run.version}`;
}
