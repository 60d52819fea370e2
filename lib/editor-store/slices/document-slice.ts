import { ApiError } from "../api-client";
import { toGraph } from "../convert";
import type { EditorSlice } from "../state";
import type { TVersionSummary } from "@/lib/endpoints/version-view";
import type { TEditorApi, TEndpoint, TPublishOptions, TVersionContent } from "../types";
import { newDocId } from "./graph-slice";

export type TRequestState = { status: "idle" | "busy" | "error"; error?: string };

/** A publish the test suite refused (409 tests_failed): the failing cases, until published anyway or dismissed. */
export type TPublishBlock = {
  message: string;
  failures: { testId: string; message: string }[];
  /** The note the refused publish carried, so "Publish anyway" sends it again. */
  note?: string;
};

/** The failing cases of a publish the suite refused, or undefined for any other error. */
export function publishBlockOf(err: unknown): TPublishBlock | undefined {
  if (!(err instanceof ApiError) || err.status !== 409) return undefined;
  const failures = err.errors
    .filter((e) => e.path?.startsWith("tests."))
    .map((e) => ({ testId: e.path!.slice("tests.".length), message: e.message }));
  return failures.length ? { message: err.message, failures } : undefined;
}

export type DocumentSlice = {
  api: TEditorApi;
  endpoint: TEndpoint;
  /** True when the editor may only look (a viewer's): `lockWrites` (../read-only.ts) refuses every change. */
  readOnly: boolean;
  /** Identity of the document now and of the one last saved: they differ exactly when there is something to save. */
  docId: number;
  savedDocId: number;
  save: TRequestState;
  publishing: TRequestState;
  publishBlock: TPublishBlock | null;
  versions: TVersionSummary[] | null;
  versionsState: TRequestState;
  /** The live version's graph and settings, to tell what the draft changes (null until loaded or when never published). */
  liveVersion: TVersionContent | null;
  saveDraft(): Promise<boolean>;
  /** Saves and publishes with an optional note; the server runs the test suite first (`overrideTests`: publish although cases fail). */
  publish(options?: TPublishOptions): Promise<TEndpoint | undefined>;
  dismissPublishBlock(): void;
  loadLiveVersion(): Promise<void>;
  loadVersions(): Promise<void>;
  restoreVersion(version: number): Promise<boolean>;
  rename(name: string): Promise<boolean>;
};

const IDLE: TRequestState = { status: "idle" };

export const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export const createDocumentSlice =
  (api: TEditorApi, endpoint: TEndpoint): EditorSlice<DocumentSlice> =>
  (set, get) => ({
    api,
    endpoint,
    readOnly: false,
    docId: 0,
    savedDocId: 0,
    save: IDLE,
    publishing: IDLE,
    publishBlock: null,
    versions: null,
    versionsState: IDLE,
    liveVersion: null,

    async saveDraft() {
      const s = get();
      if (s.save.status === "busy") return false;
      const docId = s.docId;
      set({ save: { status: "busy" } });
      try {
        const saved = await s.api.saveDraft(s.endpoint.id, toGraph(s.nodes, s.edges));
        // Edits made while the request was in flight stay unsaved.
        set({ endpoint: { ...get().endpoint, ...saved }, savedDocId: docId, save: IDLE });
        return true;
      } catch (err) {
        set({ save: { status: "error", error: messageOf(err) } });
        return false;
      }
    },

    async publish(options) {
      const s = get();
      if (s.problems.errors.length > 0 || s.publishing.status === "busy") return undefined;
      set({ publishing: { status: "busy" }, publishBlock: null });
      try {
        // Publishing freezes the saved draft, so what is on screen is saved first.
        if (s.docId !== s.savedDocId && !(await get().saveDraft())) {
          set({ publishing: { status: "error", error: get().save.error ?? "could not save the draft" } });
          return undefined;
        }
        const note = options?.note || undefined;
        const published = await s.api.publish(s.endpoint.id, {
          note,
          overrideTests: options?.overrideTests || undefined,
        });
        // Publishing freezes the draft saved here: it stays the draft, and becomes the live version.
        const draft = get().endpoint.draft;
        const endpoint: TEndpoint = { ...get().endpoint, ...published, draft };
        const liveVersion =
          endpoint.publishedVersion === null
            ? null
            : { number: endpoint.publishedVersion, graph: draft, settings: endpoint.settings, note: note ?? null };
        set({ endpoint, publishing: IDLE, liveVersion });
        void get().loadVersions();
        return endpoint;
      } catch (err) {
        const block = publishBlockOf(err);
        set({
          publishing: { status: "error", error: messageOf(err) },
          publishBlock: block ? { ...block, note: options?.note || undefined } : null,
        });
        return undefined;
      }
    },

    dismissPublishBlock() {
      set({ publishBlock: null });
    },

    async loadLiveVersion() {
      const { endpoint, api, liveVersion } = get();
      if (endpoint.publishedVersion === null || liveVersion?.number === endpoint.publishedVersion) return;
      try {
        set({ liveVersion: await api.getVersion(endpoint.id, endpoint.publishedVersion) });
      } catch {
        // Without it the header cannot tell whether the draft differs; everything else still works.
      }
    },

    async loadVersions() {
      set({ versionsState: { status: "busy" } });
      try {
        const versions = await get().api.listVersions(get().endpoint.id);
        set({ versions: [...versions].sort((a, b) => b.number - a.number), versionsState: IDLE });
      } catch (err) {
        set({ versionsState: { status: "error", error: messageOf(err) } });
      }
    },

    async restoreVersion(version) {
      try {
        const restored = await get().api.restoreVersion(get().endpoint.id, version);
        // The server's draft now holds the version: show it as one undoable step, saved.
        get().replaceGraph(restored.draft);
        const docId = newDocId();
        set({ endpoint: { ...get().endpoint, ...restored }, docId, savedDocId: docId });
        return true;
      } catch (err) {
        set({ versionsState: { status: "error", error: messageOf(err) } });
        return false;
      }
    },

    async rename(name) {
      const trimmed = name.trim();
      if (!trimmed || trimmed === get().endpoint.name) return true;
      try {
        const updated = await get().api.updateEndpoint(get().endpoint.id, { name: trimmed });
        set({ endpoint: { ...get().endpoint, name: updated.name } });
        return true;
      } catch (err) {
        set({ save: { status: "error", error: messageOf(err) } });
        return false;
      }
    },
  });
