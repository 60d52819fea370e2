"use client";

import { useEffect, useState } from "react";
import { useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import type { TTestCaseView } from "@/lib/editor-store/tests-api";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Icon } from "@/components/ui/icon";
import { Switch } from "@/components/ui/switch";
import { ReadOnlyTip, useIsReadOnly } from "../read-only";
import { formatDuration } from "../trace/format";
import { CaseForm } from "./case-form";
import { CaseResult } from "./case-result";

const NEW_CASE = {
  name: "",
  request: { method: "POST", headers: { "content-type": "application/json" }, body: "{}" },
  expect: { status: 200 },
};

function Summary() {
  const summary = useEditor((s) => s.suiteSummary);
  const count = useEditor((s) => s.tests?.length ?? 0);
  if (!summary)
    return (
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        {count === 1 ? "1 test" : `${count} tests`} · not run yet
      </p>
    );
  return (
    <p className="text-xs text-zinc-500 dark:text-zinc-400" data-testid="suite-summary" role="status">
      <span
        className={cn(
          "font-medium",
          summary.failed ? "text-red-600 dark:text-red-400" : "text-emerald-700 dark:text-emerald-400",
        )}
      >
        {summary.failed
          ? `${summary.failed} of ${summary.total} failed`
          : `${summary.passed} of ${summary.total} passed`}
      </span>{" "}
      · {formatDuration(summary.durationMs)}
      {summary.dryRun ? " · dry run" : ""}
    </p>
  );
}

function CaseRow({ test, isOpen, onToggle }: { test: TTestCaseView; isOpen: boolean; onToggle(): void }) {
  const store = useEditorStoreApi();
  const result = useEditor((s) => s.testResults[test.id]);
  const running = useEditor((s) => s.testsRunning);
  const editing = useEditor((s) => s.editingTest?.id === test.id);
  const isReadOnly = useIsReadOnly();
  const [isDeleting, setIsDeleting] = useState(false);
  if (editing) return <CaseForm id={test.id} initial={test} />;
  const state =
    running === test.id || running === "all" ? "running" : !result ? "idle" : result.passed ? "passed" : "failed";
  return (
    <li
      className={cn(
        "rounded-lg border",
        isOpen ? "border-zinc-200 bg-white shadow-xs dark:border-zinc-800 dark:bg-zinc-900" : "border-transparent",
      )}
      data-test-name={test.name}
      data-state={state}
    >
      <button
        type="button"
        aria-expanded={isOpen}
        onClick={onToggle}
        className="flex w-full items-center gap-2 rounded-lg px-2 py-1.5 text-left hover:bg-zinc-50 dark:hover:bg-zinc-800/50"
      >
        {state === "passed" && (
          <Icon
            name="checkCircle"
            size={14}
            className="shrink-0 text-emerald-600 dark:text-emerald-400"
            aria-label="passed"
          />
        )}
        {state === "failed" && (
          <Icon name="alertCircle" size={14} className="shrink-0 text-red-600 dark:text-red-400" aria-label="failed" />
        )}
        {state === "idle" && (
          <span className="mx-[3px] h-2 w-2 shrink-0 rounded-full bg-zinc-300 dark:bg-zinc-600" aria-label="not run" />
        )}
        {state === "running" && (
          <Icon name="repeat" size={14} className="shrink-0 animate-spin text-zinc-400" aria-label="running" />
        )}
        <span className="min-w-0 flex-1 truncate text-[13px]">{test.name}</span>
        {test.request.sign && (
          <Icon name="shieldCheck" size={12} className="shrink-0 text-zinc-400" aria-label="signed at run time" />
        )}
        {result && (
          <span className="shrink-0 text-[11px] tabular-nums text-zinc-400">{formatDuration(result.durationMs)}</span>
        )}
        <Icon
          name="chevronDown"
          size={13}
          className={cn("shrink-0 text-zinc-400 transition-transform", isOpen && "rotate-180")}
        />
      </button>
      {isOpen && (
        <div className="flex flex-col gap-2.5 px-2.5 pb-3 pt-1">
          <p className="truncate font-mono text-[11.5px] text-zinc-500 dark:text-zinc-400">
            {test.request.method} · {test.request.body ? `${test.request.body.length} bytes` : "no body"}
            {test.expect.status !== null && ` · expects ${test.expect.status}`}
          </p>
          <div className="flex flex-wrap gap-1.5">
            <ReadOnlyTip isRun side="top" align="start">
              <Button
                size="sm"
                icon="play"
                isBusy={running === test.id}
                disabled={running !== null || isReadOnly}
                onClick={() => void store.getState().runTests([test.id])}
              >
                Run
              </Button>
            </ReadOnlyTip>
            <Button
              size="sm"
              icon="layers"
              disabled={!result?.response}
              onClick={() => store.getState().showTestRun(test.id)}
            >
              Show on canvas
            </Button>
            <ReadOnlyTip side="top">
              <Button size="sm" disabled={isReadOnly} onClick={() => store.getState().editTest(test.id, test)}>
                Edit
              </Button>
            </ReadOnlyTip>
            <Button
              size="sm"
              icon="trash"
              variant="ghost"
              iconOnly
              className="ml-auto"
              disabled={isReadOnly}
              aria-label={`Delete ${test.name}`}
              title="Delete this test"
              onClick={() => setIsDeleting(true)}
            />
          </div>
          {result && <CaseResult result={result} />}
          <ConfirmDialog
            open={isDeleting}
            onClose={() => setIsDeleting(false)}
            onConfirm={() => {
              setIsDeleting(false);
              void store.getState().deleteTest(test.id);
            }}
            title={`Delete “${test.name}”?`}
            description="The case leaves the suite; publishing no longer checks it."
            confirmLabel="Delete test"
          />
        </div>
      )}
    </li>
  );
}

/**
 * The Tests tab: the endpoint's suite of saved requests with expectations, run on the draft (unsaved changes
 * included, dry run by default). Publishing runs it too and refuses while a case fails.
 */
export function TestsPanel() {
  const store = useEditorStoreApi();
  const tests = useEditor((s) => s.tests);
  const error = useEditor((s) => s.testsError);
  const editing = useEditor((s) => s.editingTest);
  const running = useEditor((s) => s.testsRunning);
  const isDryRun = useEditor((s) => s.isTestsDryRun);
  const results = useEditor((s) => s.testResults);
  const isReadOnly = useIsReadOnly();
  const [openId, setOpenId] = useState<string | null>(null);

  useEffect(() => {
    void store.getState().loadTests();
  }, [store]);

  // After a suite run, the first failing case opens.
  useEffect(() => {
    const failing = tests?.find((t) => results[t.id] && !results[t.id]!.passed);
    if (failing) setOpenId(failing.id);
  }, [results, tests]);

  return (
    <div className="flex h-full min-h-0 flex-col" data-testid="tests-panel">
      <div className="flex items-center gap-2 border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
        <div className="min-w-0 flex-1">
          <p className="text-[13px] font-medium">Test suite</p>
          <Summary />
        </div>
        <ReadOnlyTip align="end">
          <Button
            icon="plus"
            disabled={isReadOnly || editing !== null}
            onClick={() => store.getState().editTest("new", NEW_CASE)}
          >
            New
          </Button>
        </ReadOnlyTip>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-2 py-2">
        {error && (
          <p
            className="mx-2 mb-2 flex items-start gap-1.5 text-xs leading-4 text-red-600 dark:text-red-400"
            role="alert"
          >
            <Icon name="alertCircle" size={13} className="mt-px shrink-0" />
            {error}
          </p>
        )}
        {editing?.id === "new" && (
          <div className="mb-2">
            <CaseForm key={JSON.stringify(editing.draft)} id="new" initial={editing.draft} />
          </div>
        )}
        {tests?.length === 0 && editing?.id !== "new" && (
          <div className="mx-2 mt-2 rounded-lg border border-dashed border-zinc-300 p-4 text-xs leading-5 text-zinc-500 dark:border-zinc-700 dark:text-zinc-400">
            {isReadOnly ? (
              "No tests yet. Publishing runs every test first."
            ) : (
              <>
                No tests yet. Save a request from the Test tab or a History entry with <b>Save as test</b>, or add one
                with <b>New</b>. Publishing runs every test first.
              </>
            )}
          </div>
        )}
        <ul className="flex flex-col gap-1">
          {tests?.map((t) => (
            <CaseRow
              key={t.id}
              test={t}
              isOpen={openId === t.id}
              onToggle={() => setOpenId(openId === t.id ? null : t.id)}
            />
          ))}
        </ul>
      </div>
      <div className="shrink-0 border-t border-zinc-200 bg-white px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900">
        <div className="flex items-center gap-3">
          <label className="flex min-w-0 flex-1 cursor-pointer items-center gap-2">
            <Switch
              checked={isDryRun}
              onChange={(on) => store.getState().setTestsDryRun(on)}
              label="Dry run"
              size="sm"
            />
            <span className="min-w-0">
              <span className="block text-xs font-medium text-zinc-800 dark:text-zinc-200">Dry run</span>
              <span className="block truncate text-[11px] text-zinc-500 dark:text-zinc-400">
                {isDryRun ? "Nothing is written or sent" : "Real runs: write records, kept in history"}
              </span>
            </span>
          </label>
          <ReadOnlyTip isRun side="top" align="end">
            <Button
              variant="primary"
              icon="play"
              isBusy={running === "all"}
              disabled={running !== null || !tests?.length || isReadOnly}
              onClick={() => void store.getState().runTests()}
            >
              Run all
            </Button>
          </ReadOnlyTip>
        </div>
      </div>
    </div>
  );
}
