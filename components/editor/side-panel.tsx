"use client";

import { useEffect, type ComponentType } from "react";
import {
  selectErrorCount,
  selectInspectedNodeId,
  selectWarningCount,
  useEditor,
  useEditorStoreApi,
} from "@/lib/editor-store/context";
import type { TEditorPanel } from "@/lib/editor-store/slices/ui-slice";
import { Tabs } from "@/components/ui/tabs";
import { cn } from "@/components/ui/cn";
import { HistoryPanel } from "./history/history-panel";
import { Inspector } from "./inspector/inspector";
import { LiveListener } from "./test-panel/live-listener";
import { TestPanel } from "./test-panel/test-panel";
import { TestsPanel } from "./tests/tests-panel";
import { ProblemsPanel } from "./problems-panel";
import { VersionsPanel } from "./versions-panel";
import { SettingsPanel } from "./settings/settings-panel";

/**
 * The editor's right-hand panels. To add one (Test, History), add its id to TEditorPanel and an entry here.
 */
// Seven labels fit the 360px strip when the selected node's tab is called "Node" and the strip is compact.
const PANELS: { id: TEditorPanel; label: string; Component: ComponentType }[] = [
  { id: "inspector", label: "Node", Component: Inspector },
  { id: "test", label: "Test", Component: TestPanel },
  { id: "tests", label: "Tests", Component: TestsPanel },
  { id: "history", label: "History", Component: HistoryPanel },
  { id: "problems", label: "Problems", Component: ProblemsPanel },
  { id: "versions", label: "Versions", Component: VersionsPanel },
  { id: "settings", label: "Settings", Component: SettingsPanel },
];

function ProblemCount() {
  const errors = useEditor(selectErrorCount);
  const warnings = useEditor(selectWarningCount);
  if (errors + warnings === 0) return null;
  return (
    <span
      className={cn(
        "inline-flex h-4 min-w-4 items-center justify-center rounded-full px-1 text-[10.5px] font-semibold tabular-nums",
        errors > 0 ? "bg-red-500 text-white" : "bg-amber-400 text-amber-950",
      )}
    >
      {errors || warnings}
    </span>
  );
}

export function SidePanel() {
  const panel = useEditor((s) => s.panel);
  const setPanel = useEditor((s) => s.setPanel);
  const inspected = useEditor(selectInspectedNodeId);

  const store = useEditorStoreApi();
  // Picking a node on the canvas shows its settings, whichever panel was open, except while testing: then the
  // canvas shows the node's run and the panel keeps the response (or the history) beside it.
  useEffect(() => {
    const current = store.getState().panel;
    if (inspected && current !== "test" && current !== "tests" && current !== "history") setPanel("inspector");
  }, [inspected, setPanel, store]);

  // `?panel=history` (the endpoints list's link) opens that tab.
  useEffect(() => {
    const wanted = new URLSearchParams(window.location.search).get("panel");
    if (wanted && PANELS.some((p) => p.id === wanted)) setPanel(wanted as TEditorPanel);
  }, [setPanel]);

  const active = PANELS.find((p) => p.id === panel) ?? PANELS[0]!;
  return (
    <aside
      aria-label="Details"
      className="flex h-full w-[360px] shrink-0 flex-col border-l border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"
    >
      <Tabs
        idPrefix="side"
        label="Editor panels"
        isCompact
        value={panel}
        onChange={setPanel}
        tabs={PANELS.map((p) => ({
          id: p.id,
          label: p.label,
          badge: p.id === "problems" ? <ProblemCount /> : undefined,
        }))}
      />
      <div
        role="tabpanel"
        id={`side-panel-${active.id}`}
        aria-labelledby={`side-tab-${active.id}`}
        className="min-h-0 flex-1 overflow-y-auto"
      >
        <active.Component />
      </div>
      <LiveListener />
    </aside>
  );
}
