import type { Locator } from "@playwright/test";
import {
  EXAMPLE_GRAPH,
  canvasNode,
  connect,
  createEndpoint,
  expect,
  mod,
  seedStripeResources,
  stripeSigned,
  test,
  viewerPage,
} from "./fixtures";

/** Every form control inside `area` (at least one) is disabled. */
async function expectAllDisabled(area: Locator) {
  const controls = area.locator("input, textarea, select, button");
  const count = await controls.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) await expect(controls.nth(i)).toBeDisabled();
}

/** Issue 10: a viewer reads a stack in the editor and can change nothing: no field, key, drag or button does. */
test("a viewer's editor is read-only: disabled fields, dead shortcuts, no Save or Publish", async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  await seedStripeResources(request);
  const endpoint = await createEndpoint(request, "Stripe for viewers", EXAMPLE_GRAPH);
  expect((await request.post(`/api/v1/endpoints/${endpoint.id}/publish`)).ok()).toBeTruthy();
  const body = JSON.stringify({
    id: "evt_viewer_e2e",
    type: "invoice.paid",
    data: { object: { lines: { data: [{ id: "il_v1", amount: 300 }] } } },
  });
  const sent = await fetch(`${baseURL}/hooks/${endpoint.id}`, { method: "POST", headers: stripeSigned(body), body });
  expect(sent.status).toBe(200);
  const saved = await (await request.get(`/api/v1/endpoints/${endpoint.id}`)).json();

  await page.goto("/endpoints");
  const viewer = await viewerPage(browser, baseURL!, page, "Vanessa Viewer");
  const vp = viewer.page;
  const nodes = vp.locator(".react-flow__node");
  const edges = vp.locator(".react-flow__edge");
  try {
    await vp.goto(`/endpoints/${endpoint.id}`);
    await expect(canvasNode(vp, "ok")).toBeVisible();
    await expect(nodes).toHaveCount(EXAMPLE_GRAPH.nodes.length);
    const edgeCount = await edges.count();

    // The toolbar says so and offers nothing that writes; reading the stack as a file stays.
    await expect(vp.getByTestId("read-only")).toHaveText("Read only");
    for (const name of ["Save", "Undo", "Redo", "Import JSON", "Auto-layout"])
      await expect(vp.getByRole("button", { name, exact: true })).toHaveCount(0);
    await expect(vp.getByRole("button", { name: /Publish/ })).toHaveCount(0);
    await expect(vp.getByRole("button", { name: "Export JSON" })).toBeVisible();
    await expect(vp.locator("[data-palette-type]")).toHaveCount(0);
    await expect(vp.locator("button:has([data-testid=endpoint-name])")).toHaveCount(0); // no rename in place

    // The inspector shows a node's fields, all disabled, and no Delete.
    await canvasNode(vp, "sig").click();
    await expect(vp.getByTestId("inspector-title")).toBeVisible();
    await expect(vp.getByTestId("read-only-note")).toContainText("Viewers can’t change this stack");
    await expectAllDisabled(vp.getByTestId("inspector-fields"));
    await expect(vp.getByRole("button", { name: "Delete node" })).toHaveCount(0);
    await vp.screenshot({ path: "e2e/artifacts/steps/18-viewer-editor/viewer-inspector.png" });

    // Shortcuts on the selected node do nothing: delete, duplicate, copy and paste, undo.
    await canvasNode(vp, "raw").click();
    for (const key of ["Delete", "Backspace", `${mod}+d`, `${mod}+c`, `${mod}+v`, `${mod}+z`, `${mod}+Shift+z`])
      await vp.keyboard.press(key);
    await expect(nodes).toHaveCount(EXAMPLE_GRAPH.nodes.length);
    await expect(canvasNode(vp, "raw")).toBeVisible();
    // Dragging a node moves nothing (the drag pans the canvas instead: the node keeps its place in the stack);
    // drawing a connection adds no edge.
    const placeOf = () => canvasNode(vp, "raw").evaluate((el) => (el as HTMLElement).style.transform);
    const place = await placeOf();
    const box = (await canvasNode(vp, "raw").boundingBox())!;
    await vp.mouse.move(box.x + 40, box.y + 15);
    await vp.mouse.down();
    await vp.mouse.move(box.x + 200, box.y + 120, { steps: 10 });
    await vp.mouse.up();
    expect(await placeOf()).toBe(place);
    await connect(vp, "start", "next", "ok");
    await expect(edges).toHaveCount(edgeCount);

    // Settings: every field disabled, no Save settings.
    await vp.getByRole("tab", { name: "Settings" }).click();
    await expectAllDisabled(vp.getByTestId("settings-panel").locator("section"));
    await expect(vp.getByRole("button", { name: "Save settings" })).toHaveCount(0);
    await vp.screenshot({ path: "e2e/artifacts/steps/18-viewer-editor/viewer-settings.png" });

    // Test: a run writes or sends, so Run test and Sign it are disabled; listening to live requests only reads.
    await vp.getByRole("tab", { name: "Test", exact: true }).click();
    await expect(vp.getByRole("button", { name: "Run test" })).toBeDisabled();
    await expect(vp.getByRole("button", { name: /Sign it|Re-sign/ })).toBeDisabled();
    await expect(vp.getByRole("button", { name: "Save as test" })).toHaveCount(0);
    await expect(vp.getByTestId("listen-button")).toBeEnabled();
    await vp.getByRole("button", { name: "Run test" }).hover({ force: true });
    await vp.screenshot({ path: "e2e/artifacts/steps/18-viewer-editor/viewer-test-panel.png" });

    // History: the request can be looked at and drawn on the canvas, never replayed or re-sent.
    await vp.getByRole("tab", { name: "History" }).click();
    const entry = vp.getByTestId("history-list").locator("li").first();
    await entry.getByRole("button").first().click();
    await expect(entry.getByRole("button", { name: "Show on canvas" })).toBeVisible();
    for (const name of ["Replay on draft", "Re-send to live", "Save as test", "Retry"])
      await expect(entry.getByRole("button", { name })).toHaveCount(0);
    await vp.screenshot({ path: "e2e/artifacts/steps/18-viewer-editor/viewer-history.png" });

    // Versions: listed, never restored; Tests: nothing to add or run.
    await vp.getByRole("tab", { name: "Versions" }).click();
    await expect(vp.getByTestId("version-list").locator("li")).toHaveCount(1);
    await expect(vp.getByRole("button", { name: /^Restore version/ })).toHaveCount(0);
    await vp.getByRole("tab", { name: "Tests", exact: true }).click();
    await expect(vp.getByRole("button", { name: "New", exact: true })).toBeDisabled();

    // Back on the Node tab with the canvas's node, for the picture of what a viewer sees.
    await canvasNode(vp, "paid").click();
    await vp.getByRole("tab", { name: "Node" }).click();
    await vp.screenshot({ path: "e2e/artifacts/steps/18-viewer-editor/viewer-editor.png" });

    // Nothing reached the server: the draft is as it was, and no page called a route refused to viewers.
    const now = await (await request.get(`/api/v1/endpoints/${endpoint.id}`)).json();
    expect(now.draft).toEqual(saved.draft);
    expect(now.updatedAt).toBe(saved.updatedAt);
    expect(viewer.errors).toEqual([]);
  } finally {
    await viewer.context.close();
  }
});
