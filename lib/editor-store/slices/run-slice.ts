import { getSample, sampleForPreset } from "@/lib/samples";
import {
  composedHeaders,
  composedQuery,
  composerFromRequest,
  composerFromSample,
  DEFAULT_COMPOSER,
  formatJson,
  needsResign,
  newHeaderId,
  withSignedHeaders,
  type TComposer,
  type TComposerHeader,
} from "../composer";
import { toGraph } from "../convert";
import { signatureNodeOf } from "../signature-node";
import { httpRunApi } from "../run-api";
import type { TRequestEntry, TReplayAnswer, TRunApi, TRunView, TTestRunAnswer } from "../run-types";
import type { EditorSlice, EditorState } from "../state";
import { messageOf } from "./document-slice";

export type TRunBusy = "run" | "sign" | "replay" | null;

/** `isReady` once the server confirmed the stream: a request sent from then on is caught. */
export type TListenState = { status: "off" | "listening" | "ended" | "error"; message?: string; isReady?: boolean };

/** The History tab's filters: kept here so they survive switching tabs. */
export type THistoryFilters = {
  status: "" | "2xx" | "3xx" | "4xx" | "5xx";
  source: "" | "live" | "test" | "replay";
  range: "" | "1h" | "24h" | "7d" | "30d";
  q: string;
};

export const NO_HISTORY_FILTERS: THistoryFilters = { status: "", source: "", range: "", q: "" };

/**
 * The test panel and the trace on the canvas. None of it is the document: it is never saved and never enters the
 * undo history (the history slice snapshots nodes and edges only).
 */
export type RunSlice = {
  runApi: TRunApi;
  composer: TComposer;
  runBusy: TRunBusy;
  runError?: string;
  /** The run whose trace the canvas shows. */
  lastRun: TRunView | null;
  /** Bumped for every run shown, so the canvas focuses the failing node (or fits the path) once per run. */
  runToken: number;
  /** Whether the canvas should select and centre the failing node of the run just shown. */
  isRunFocusPending: boolean;
  /** The loop iteration being looked at (`"1"`, `"0.2"` when nested); null for the whole run. */
  iteration: string | null;
  listen: TListenState;
  historyFilters: THistoryFilters;
  setComposer(patch: Partial<TComposer>): void;
  setHeader(id: string, patch: Partial<Omit<TComposerHeader, "id">>): void;
  addHeader(): void;
  removeHeader(id: string): void;
  loadSample(sampleId: string): void;
  /** Until the person composes something, the sample that fits the stack (Stripe's for a Stripe signature check). */
  suggestSample(): void;
  /** Pretty-prints the body; false when it is not JSON. */
  formatBody(): boolean;
  signComposer(): Promise<boolean>;
  runTest(): Promise<TRunView | undefined>;
  replay(entry: TRequestEntry, options: { target: "draft" | "live"; resign: boolean }): Promise<TRunView | undefined>;
  showRun(run: TRunView, options?: { focusFailure?: boolean }): void;
  clearRun(): void;
  setIteration(iteration: string | null): void;
  setListen(listen: TListenState): void;
  setHistoryFilters(patch: Partial<THistoryFilters>): void;
};

function runFromAnswer(
  answer: TTestRunAnswer | TReplayAnswer,
  kind: TRunView["kind"],
  extra: Partial<TRunView>,
): TRunView {
  return {
    kind,
    requestId: answer.requestId,
    response: answer.response,
    trace: answer.trace,
    durationMs: answer.durationMs,
    error: answer.error ?? null,
    version: null,
    isDryRun: false,
    receivedAt: new Date().toISOString(),
    ...extra,
  };
}

/** A history entry as a run on the canvas ("show on canvas", a live request that just arrived). */
export function runFromEntry(entry: TRequestEntry, kind: "history" | "live"): TRunView {
  return {
    kind,
    requestId: entry.id,
    response: entry.response,
    trace: entry.trace,
    durationMs: entry.durationMs,
    error: entry.error,
    version: entry.version,
    isDryRun: false,
    receivedAt: entry.receivedAt,
    request: {
      method: entry.method,
      headers: entry.headers,
      body: entry.body,
      path: entry.path,
      query: entry.query,
      ip: entry.ip,
      receivedAt: entry.receivedAt,
    },
    state: entry.state,
  };
}

const draftGraph = (s: EditorState) => toGraph(s.nodes, s.edges);

export const createRunSlice =
  (runApi: TRunApi = httpRunApi): EditorSlice<RunSlice> =>
  (set, get) => {
    const patchComposer = (patch: Partial<TComposer>) => set({ composer: { ...get().composer, ...patch } });

    /** Adds fresh signature headers for the current body; the message says why it could not. */
    const sign = async (): Promise<boolean> => {
      const s = get();
      try {
        const signed = await s.runApi.sign(s.endpoint.id, {
          body: s.composer.body,
          method: s.composer.method,
          graph: draftGraph(s),
        });
        const c = get().composer;
        patchComposer({
          headers: withSignedHeaders(c.headers, signed.headers),
          signedBody: c.body,
          signedAt: Date.now(),
        });
        return true;
      } catch (err) {
        set({ runError: `Could not sign: ${messageOf(err)}` });
        return false;
      }
    };

    /** Runs `work` as the panel's one busy action: refused while another is busy; a failure becomes `runError`. */
    const busyWith = async (
      busy: Exclude<TRunBusy, null>,
      work: () => Promise<TRunView | undefined>,
    ): Promise<TRunView | undefined> => {
      if (get().runBusy) return undefined;
      set({ runBusy: busy, runError: undefined });
      try {
        return await work();
      } catch (err) {
        set({ runError: messageOf(err) });
        return undefined;
      } finally {
        set({ runBusy: null });
      }
    };

    return {
      runApi,
      composer: DEFAULT_COMPOSER,
      runBusy: null,
      lastRun: null,
      runToken: 0,
      isRunFocusPending: false,
      iteration: null,
      listen: { status: "off" },
      historyFilters: NO_HISTORY_FILTERS,

      setComposer: patchComposer,
      setHeader(id, patch) {
        patchComposer({
          // Editing a signed value by hand makes it the person's own (e.g. to test a wrong signature).
          headers: get().composer.headers.map((h) =>
            h.id === id ? { ...h, ...patch, ...(patch.value !== undefined ? { isSigned: false } : {}) } : h,
          ),
        });
      },
      addHeader() {
        patchComposer({
          headers: [...get().composer.headers, { id: newHeaderId(), name: "", value: "", isEnabled: true }],
        });
      },
      removeHeader(id) {
        patchComposer({ headers: get().composer.headers.filter((h) => h.id !== id) });
      },
      loadSample(sampleId) {
        const sample = getSample(sampleId);
        if (sample) set({ composer: composerFromSample(sample, get().composer.isDryRun), runError: undefined });
      },
      suggestSample() {
        const s = get();
        if (s.composer !== DEFAULT_COMPOSER) return;
        const sig = signatureNodeOf(s);
        const preset = typeof sig?.data.config.preset === "string" ? sig.data.config.preset : undefined;
        set({ composer: composerFromSample(sampleForPreset(preset), DEFAULT_COMPOSER.isDryRun) });
      },
      formatBody() {
        const pretty = formatJson(get().composer.body);
        if (pretty === undefined) return false;
        patchComposer({ body: pretty });
        return true;
      },

      async signComposer() {
        if (get().runBusy) return false;
        set({ runBusy: "sign", runError: undefined });
        const ok = await sign();
        set({ runBusy: null });
        return ok;
      },

      runTest() {
        return busyWith("run", async () => {
          // A signature made for an older body or too long ago would fail for the wrong reason.
          if (needsResign(get().composer, Date.now()) && !(await sign())) return undefined;
          const s = get();
          const c = s.composer;
          const headers = composedHeaders(c);
          const query = composedQuery(c);
          const answer = await s.runApi.testRun(s.endpoint.id, {
            method: c.method,
            headers,
            body: c.body,
            dryRun: c.isDryRun,
            graph: draftGraph(s),
            ...(query ? { query } : {}),
          });
          const run = runFromAnswer(answer, "test", {
            isDryRun: c.isDryRun,
            request: { method: c.method, headers, body: c.body, ...(query ? { query } : {}) },
          });
          get().showRun(run);
          return run;
        });
      },

      replay(entry, { target, resign }) {
        return busyWith("replay", async () => {
          const isDryRun = target === "draft" ? get().composer.isDryRun : false;
          // Replaying on the draft opens the request in the composer, so it can be changed and run again.
          if (target === "draft") set({ composer: composerFromRequest(entry, isDryRun), panel: "test" });
          const s = get();
          const answer = await s.runApi.replay(s.endpoint.id, entry.id, {
            target,
            resign,
            dryRun: isDryRun,
            ...(target === "draft" ? { graph: draftGraph(s) } : {}),
          });
          const run = runFromAnswer(answer, "replay", {
            isDryRun,
            version: answer.version,
            replayOf: answer.replayOf,
            redactedHeaders: answer.redactedHeaders,
            isResigned: resign,
            request: { method: entry.method, headers: entry.headers, body: entry.body },
          });
          get().showRun(run);
          // The composer gets a fresh signature too, so running it again from the panel passes the same way.
          if (target === "draft" && resign) await sign();
          return run;
        });
      },

      showRun(run, options = {}) {
        set({
          lastRun: run,
          runToken: get().runToken + 1,
          isRunFocusPending: options.focusFailure ?? true,
          iteration: null,
          runError: undefined,
        });
      },
      clearRun() {
        set({ lastRun: null, iteration: null });
      },
      setIteration(iteration) {
        set({ iteration });
      },
      setListen(listen) {
        set({ listen });
      },
      setHistoryFilters(patch) {
        set({ historyFilters: { ...get().historyFilters, ...patch } });
      },
    };
  };
