import { ApiError } from "../api-client";
import { toGraph } from "../convert";
import type { EditorSlice } from "../state";
import type { TEditorApi, TEndpoint, TVersion } from "../types";
import { newDocId } from "./graph-slice";

export type TRequestState = { status: "idle" | "busy" | "error"; error?: string };

/** A publish the test suite refused (409 tests_failed): the failing cases, until published anyway or dismissed. */
export type TPublishBlock = { message: string; failures: { testId: string; message: string }[] };

/** The failing cases of a publish the suite refused, or undefined for any other error. */
export function publishBlockOf(err: unknown): TPublishBlock | undefined {
  if (!(err instanceof ApiError) || err.status !== 409) return undefined;
  const failures = err.errors.filter((e) => e.path?.startsWith("tests.")).map((e) => ({ testId: e.path!.slice("tests.".length), message: e.message }));
  return failures.length ? { message: err.message, failures } : undefined;
}

export type DocumentSlice = {
  api: TEditorApi;
  endpoint: TEndpoint;
  /** Identity of the document now and of the one last saved: they differ exactly when there is something to save. */
  docId: number;
  savedDocId: number;
  save: TRequestState;
  publishing: TRequestState;
  publishBlock: TPublishBlock | null;
  versions: TVersion[] | null;
  versionsState: TRequestState;
  saveDraft(): Promise<boolean>;
  /** Saves and publishes; the server runs the test suite first (`overrideTests`: publish although cases fail). */
  publish(options?: { overrideTests?: boolean }): Promise<TEndpoint | undefined>;
  dismissPublishBlock(): void;
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
    docId: 0,
    savedDocId: 0,
    save: IDLE,
    publishing: IDLE,
    publishBlock: null,
    versions: null,
    versionsState: IDLE,

    async saveDraft() {
      const s = get();
      if (s.save.status === "busy") return false;
      const docId = s.docId;
      set({ save: { status: "busy" } });
      try {
        const saved = await s.api.saveDraft(s.endpoint.id, toGraph(s.nodes, s.edges));
        // Edits made while the request was in flight stay unsaved.
        set({ endpoint: { ...get().endpoint, ...saved, draft: saved.draft ?? get().endpoint.draft }, savedDocId: docId, save: IDLE });
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
        const published = await s.api.publish(s.endpoint.id, options?.overrideTests ? { overrideTests: true } : undefined);
        set({ endpoint: { ...get().endpoint, ...published }, publishing: IDLE });
        void get().loadVersions();
        return published;
      } catch (err) {
        set({ publishing: { status: "error", error: messageOf(err) }, publishBlock: publishBlockOf(err) ?? null });
        return undefined;
      }
    },

    dismissPublishBlock() {
      set({ publishBlock: null });
    },

    async loadVersions() {
      set({ versionsState: { status: "busy" } });
      try {
        const versions = await get().api.listVersions(get().endpoint.id);
        set({ versions: [...versions].sort((a, b) => b.version - a.version), versionsState: IDLE });
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
        set({ endpoint: { ...get().endpoint, name: updated.name ?? trimmed } });
        return true;
      } catch (err) {
        set({ save: { status: "error", error: messageOf(err) } });
        return false;
      }
    },
  });
