import { toGraph } from "../convert";
import type { EditorSlice } from "../state";
import type { TEditorApi, TEndpoint, TVersion, TVersionContent } from "../types";
import { newDocId } from "./graph-slice";

export type TRequestState = { status: "idle" | "busy" | "error"; error?: string };

export type DocumentSlice = {
  api: TEditorApi;
  endpoint: TEndpoint;
  /** Identity of the document now and of the one last saved: they differ exactly when there is something to save. */
  docId: number;
  savedDocId: number;
  save: TRequestState;
  publishing: TRequestState;
  versions: TVersion[] | null;
  versionsState: TRequestState;
  /** The live version's graph and settings, to tell what the draft changes (null until loaded or when never published). */
  liveVersion: TVersionContent | null;
  saveDraft(): Promise<boolean>;
  publish(note?: string): Promise<TEndpoint | undefined>;
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
    docId: 0,
    savedDocId: 0,
    save: IDLE,
    publishing: IDLE,
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
        set({ endpoint: { ...get().endpoint, ...saved, draft: saved.draft ?? get().endpoint.draft }, savedDocId: docId, save: IDLE });
        return true;
      } catch (err) {
        set({ save: { status: "error", error: messageOf(err) } });
        return false;
      }
    },

    async publish(note) {
      const s = get();
      if (s.problems.errors.length > 0 || s.publishing.status === "busy") return undefined;
      set({ publishing: { status: "busy" } });
      try {
        // Publishing freezes the saved draft, so what is on screen is saved first.
        if (s.docId !== s.savedDocId && !(await get().saveDraft())) {
          set({ publishing: { status: "error", error: get().save.error ?? "could not save the draft" } });
          return undefined;
        }
        const published = await s.api.publish(s.endpoint.id, note);
        const endpoint = { ...get().endpoint, ...published };
        const liveVersion = endpoint.publishedVersion === null ? null : { version: endpoint.publishedVersion, graph: endpoint.draft, settings: endpoint.settings ?? {}, note: note ?? null };
        set({ endpoint, publishing: IDLE, liveVersion });
        void get().loadVersions();
        return published;
      } catch (err) {
        set({ publishing: { status: "error", error: messageOf(err) } });
        return undefined;
      }
    },

    async loadLiveVersion() {
      const { endpoint, api, liveVersion } = get();
      if (endpoint.publishedVersion === null || liveVersion?.version === endpoint.publishedVersion) return;
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
