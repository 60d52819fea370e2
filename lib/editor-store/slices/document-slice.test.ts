import { describe, expect, it, vi } from "vitest";
import { selectIsDirty } from "../context";
import { checkedEndpointWith, EXAMPLE, fakeApi, makeStore } from "@/tests/support/editor-store";

type TChecked = ReturnType<typeof checkedEndpointWith>;

describe("document slice", () => {
  it("saves the draft with the graph on screen and clears the dirty marker", async () => {
    const api = fakeApi();
    const store = makeStore(EXAMPLE, api);
    store.getState().updateConfig("ok", "status", "202");
    expect(await store.getState().saveDraft()).toBe(true);
    expect(api.saveDraft).toHaveBeenCalledWith("ep_1", expect.objectContaining({ version: 1 }));
    const sent = vi.mocked(api.saveDraft).mock.calls[0]![1];
    expect(sent.nodes.find((n) => n.id === "ok")!.config).toEqual({ status: "202" });
    expect(selectIsDirty(store.getState())).toBe(false);
  });

  it("saves a draft with errors (the server accepts it) but refuses to publish it", async () => {
    const api = fakeApi();
    const store = makeStore(EXAMPLE, api);
    store.getState().addNode("conditional", { x: 0, y: 0 });
    expect(store.getState().problems.errors.length).toBeGreaterThan(0);
    expect(await store.getState().saveDraft()).toBe(true);
    expect(await store.getState().publish()).toBeUndefined();
    expect(api.publish).not.toHaveBeenCalled();
  });

  it("keeps edits made while saving unsaved", async () => {
    let finish!: () => void;
    const api = fakeApi({
      saveDraft: vi.fn(
        () => new Promise<TChecked>((resolve) => (finish = () => resolve(checkedEndpointWith(EXAMPLE)))),
      ),
    });
    const store = makeStore(EXAMPLE, api);
    store.getState().updateConfig("ok", "status", "202");
    const saving = store.getState().saveDraft();
    store.getState().updateConfig("ok", "body", "'late'");
    finish();
    await saving;
    expect(selectIsDirty(store.getState())).toBe(true);
  });

  it("reports a failed save and stays dirty", async () => {
    const store = makeStore(EXAMPLE, fakeApi({ saveDraft: vi.fn(async () => Promise.reject(new Error("disk full"))) }));
    store.getState().updateConfig("ok", "status", "202");
    expect(await store.getState().saveDraft()).toBe(false);
    expect(store.getState().save).toEqual({ status: "error", error: "disk full" });
    expect(selectIsDirty(store.getState())).toBe(true);
  });

  it("saves before publishing, then loads the version list", async () => {
    const api = fakeApi();
    const store = makeStore(EXAMPLE, api);
    store.getState().updateConfig("ok", "status", "202");
    const published = await store.getState().publish();
    expect(published?.publishedVersion).toBe(1);
    expect(api.saveDraft).toHaveBeenCalledTimes(1);
    expect(store.getState().endpoint.publishedVersion).toBe(1);
    await vi.waitFor(() => expect(store.getState().versions).toHaveLength(1));
  });

  it("restores a version into the draft as a saved, undoable step", async () => {
    const restored = { ...EXAMPLE, nodes: EXAMPLE.nodes.slice(0, 1), edges: [] };
    const api = fakeApi({ restoreVersion: vi.fn(async () => checkedEndpointWith(restored)) });
    const store = makeStore(EXAMPLE, api);
    expect(await store.getState().restoreVersion(1)).toBe(true);
    expect(store.getState().nodes.map((n) => n.id)).toEqual(["start"]);
    expect(selectIsDirty(store.getState())).toBe(false);
    store.getState().undo();
    expect(store.getState().nodes).toHaveLength(3);
    expect(selectIsDirty(store.getState())).toBe(true);
  });

  it("loads env names and tables for the pickers and adds a created env var", async () => {
    const api = fakeApi();
    const store = makeStore(EXAMPLE, api);
    await store.getState().loadResources();
    expect(store.getState().envNames).toEqual(["STRIPE_SECRET"]);
    expect(store.getState().tables[0]?.name).toBe("invoice_lines");
    expect(await store.getState().createEnvVar("API_KEY", "x")).toBeUndefined();
    expect(api.setEnv).toHaveBeenCalledWith("API_KEY", "x");
    expect(store.getState().envNames).toEqual(["API_KEY", "STRIPE_SECRET"]);
    // "+ New" never overwrites: an existing name is refused before anything is sent.
    expect(await store.getState().createEnvVar("STRIPE_SECRET", "y")).toMatch(/STRIPE_SECRET already exists/);
    expect(api.setEnv).toHaveBeenCalledTimes(1);
  });

  it("creates a table and offers it at once, or answers why not", async () => {
    const store = makeStore(EXAMPLE, fakeApi({ createTable: vi.fn(async (t) => t) }));
    await store.getState().loadResources();
    const table = { name: "customers", fields: [{ name: "email", type: "text" as const }] };
    expect(await store.getState().createTable(table)).toBeUndefined();
    expect(store.getState().tables.map((t) => t.name)).toEqual(["customers", "invoice_lines"]);
    const refusing = makeStore(
      EXAMPLE,
      fakeApi({ createTable: vi.fn(async () => Promise.reject(new Error("table exists"))) }),
    );
    expect(await refusing.getState().createTable(table)).toBe("table exists");
  });

  it("renames the endpoint", async () => {
    const api = fakeApi();
    const store = makeStore(EXAMPLE, api);
    expect(await store.getState().rename("  Paid invoices ")).toBe(true);
    expect(api.updateEndpoint).toHaveBeenCalledWith("ep_1", { name: "Paid invoices" });
    expect(store.getState().endpoint.name).toBe("Paid invoices");
  });
});
