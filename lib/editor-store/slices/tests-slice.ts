import type { TCaseResult, TSuiteResult } from "@/lib/test-cases/types";
import { toGraph } from "../convert";
import type { TRequestEntry, TRunView } from "../run-types";
import { signatureNodeOf } from "../signature-node";
import { testFromComposer, testFromEntry } from "../test-case-from";
import { httpTestsApi, type TTestCaseInput, type TTestCaseView, type TTestsApi } from "../tests-api";
import type { EditorSlice } from "../state";
import { messageOf } from "./document-slice";

/** The last suite run's totals (the per-case results are in `testResults`). */
export type TSuiteSummary = Omit<TSuiteResult, "results">;

/** The Tests tab: the endpoint's saved cases and what their last runs found. Server state, never in the undo history. */
export type TestsSlice = {
  testsApi: TTestsApi;
  tests: TTestCaseView[] | null;
  testsError?: string;
  /** Results of the latest run of each case, by test id. */
  testResults: Record<string, TCaseResult>;
  suiteSummary: TSuiteSummary | null;
  /** What is running: `all`, or one test's id. */
  testsRunning: string | null;
  isTestsDryRun: boolean;
  /** The case whose form is open (`new` for one not saved yet), and its first values. */
  editingTest: { id: string; draft: TTestCaseInput } | null;
  loadTests(): Promise<void>;
  editTest(id: string, draft: TTestCaseInput): void;
  closeTestEditor(): void;
  /** Saves the open form; answers the server's message when it refused. */
  saveTest(id: string, test: TTestCaseInput): Promise<string | undefined>;
  deleteTest(id: string): Promise<void>;
  runTests(testIds?: string[]): Promise<TSuiteResult | undefined>;
  setTestsDryRun(on: boolean): void;
  /** Shows a case's last run on the canvas. */
  showTestRun(testId: string): void;
  /** "Save as test" from the test panel or a history entry: opens the new case's form in the Tests tab. */
  saveComposerAsTest(): void;
  saveEntryAsTest(entry: TRequestEntry): void;
  importTests(tests: TTestCaseInput[]): Promise<number>;
};

/** A case's run as the canvas shows runs. */
export function runFromCase(result: TCaseResult): TRunView {
  return {
    kind: "test",
    requestId: result.requestId ?? `test:${result.testId}`,
    response: result.response ?? { status: null, headers: {}, body: result.error ?? null },
    trace: result.trace,
    durationMs: result.durationMs,
    error: result.runError ?? (result.error ? { message: result.error } : null),
    version: null,
    isDryRun: result.dryRun,
    receivedAt: new Date().toISOString(),
    request: {
      method: result.request.method,
      headers: result.request.headers,
      body: result.request.body,
      query: result.request.query,
    },
  };
}

export const createTestsSlice =
  (testsApi: TTestsApi = httpTestsApi): EditorSlice<TestsSlice> =>
  (set, get) => ({
    testsApi,
    tests: null,
    testResults: {},
    suiteSummary: null,
    testsRunning: null,
    isTestsDryRun: true,
    editingTest: null,

    async loadTests() {
      try {
        set({ tests: await get().testsApi.list(get().endpoint.id), testsError: undefined });
      } catch (err) {
        set({ testsError: messageOf(err) });
      }
    },
    editTest(id, draft) {
      set({ editingTest: { id, draft }, panel: "tests" });
    },
    closeTestEditor() {
      set({ editingTest: null });
    },
    async saveTest(id, test) {
      const s = get();
      try {
        const saved =
          id === "new"
            ? await s.testsApi.create(s.endpoint.id, test)
            : await s.testsApi.update(s.endpoint.id, id, test);
        const list = get().tests ?? [];
        set({ tests: id === "new" ? [...list, saved] : list.map((t) => (t.id === id ? saved : t)), editingTest: null });
        return undefined;
      } catch (err) {
        return messageOf(err);
      }
    },
    async deleteTest(id) {
      try {
        await get().testsApi.remove(get().endpoint.id, id);
        const { [id]: _gone, ...rest } = get().testResults;
        set({ tests: (get().tests ?? []).filter((t) => t.id !== id), testResults: rest });
      } catch (err) {
        set({ testsError: messageOf(err) });
      }
    },
    async runTests(testIds) {
      const s = get();
      if (s.testsRunning) return undefined;
      set({ testsRunning: testIds?.length === 1 ? testIds[0]! : "all", testsError: undefined });
      try {
        // Unsaved changes included, as in the test panel.
        const suite = await s.testsApi.run(s.endpoint.id, {
          dryRun: s.isTestsDryRun,
          graph: toGraph(s.nodes, s.edges),
          ...(testIds ? { testIds } : {}),
        });
        const results = { ...get().testResults };
        for (const r of suite.results) results[r.testId] = r;
        const { results: _list, ...summary } = suite;
        set({ testResults: results, ...(testIds ? {} : { suiteSummary: summary }) });
        // The first failing case's trace opens on the canvas, its failing node in focus.
        const failed =
          suite.results.find((r) => !r.passed) ?? (suite.results.length === 1 ? suite.results[0] : undefined);
        if (failed) get().showRun(runFromCase(failed));
        return suite;
      } catch (err) {
        set({ testsError: messageOf(err) });
        return undefined;
      } finally {
        set({ testsRunning: null });
      }
    },
    setTestsDryRun(on) {
      set({ isTestsDryRun: on });
    },
    showTestRun(testId) {
      const result = get().testResults[testId];
      if (result) get().showRun(runFromCase(result));
    },
    saveComposerAsTest() {
      const s = get();
      get().editTest("new", testFromComposer(s.composer, s.lastRun));
    },
    saveEntryAsTest(entry) {
      get().editTest("new", testFromEntry(entry, signatureNodeOf(get()) !== undefined));
    },
    async importTests(tests) {
      const { tests: list, added, replaced } = await get().testsApi.import(get().endpoint.id, tests);
      set({ tests: list });
      return added + replaced;
    },
  });
