import type { APIRequestContext, Page } from "@playwright/test";
import { canvasNode, createEndpoint, expect, mod, test } from "./fixtures";

const SMALL = {
  version: 1,
  nodes: [
    { id: "start", type: "webhook", position: { x: 0, y: 0 }, config: {} },
    { id: "raw", type: "getRawInput", position: { x: 0, y: 140 }, config: { encoding: "json", as: "payload" } },
    { id: "ok", type: "response", position: { x: 0, y: 280 }, config: { status: "200" } },
  ],
  edges: [
    { source: "start", target: "raw" },
    { source: "raw", target: "ok" },
  ],
};

async function openSmall(page: Page, request: APIRequestContext, name: string) {
  const endpoint = await createEndpoint(request, name, SMALL);
  await page.goto(`/endpoints/${endpoint.id}`);
  await expect(canvasNode(page, "ok")).toBeVisible();
  return endpoint;
}

/** Clicks an empty spot of the canvas, so keyboard shortcuts go to the canvas. */
async function focusCanvas(page: Page) {
  await page.locator(".react-flow__pane").click({ position: { x: 12, y: 12 } });
}

test("undo and redo every graph change, never selection, with the dirty marker following", async ({
  page,
  request,
  shot,
}) => {
  await openSmall(page, request, "Undo redo");
  await expect(page.getByTestId("saved-marker")).toBeVisible();

  // 1. Add a node from the palette with the keyboard (Enter on a palette item).
  await page.locator('[data-palette-type="setVariable"]').focus();
  await page.keyboard.press("Enter");
  await expect(canvasNode(page, "setVariable_1")).toBeVisible();
  await expect(page.getByTestId("dirty-marker")).toBeVisible();
  // 2. Fill its name (one undo step for the whole word).
  await page.getByRole("tabpanel").getByLabel("Name").fill("total");
  await expect(canvasNode(page, "setVariable_1")).toContainText("$total");
  // 3. Move it.
  const before = (await canvasNode(page, "setVariable_1").boundingBox())!;
  await page.mouse.move(before.x + 60, before.y + 20);
  await page.mouse.down();
  await page.mouse.move(before.x + 160, before.y + 60, { steps: 10 });
  await page.mouse.up();
  const moved = (await canvasNode(page, "setVariable_1").boundingBox())!;
  expect(moved.x - before.x).toBeGreaterThan(60);
  // 4. Delete it with the Delete key.
  await page.keyboard.press("Delete");
  await expect(canvasNode(page, "setVariable_1")).toHaveCount(0);
  await shot("after-four-changes");

  // Selecting is not a change: clicking a node and the canvas adds nothing to undo.
  await canvasNode(page, "raw").click();
  await focusCanvas(page);

  await page.keyboard.press(`${mod}+z`);
  await expect(canvasNode(page, "setVariable_1")).toBeVisible();
  await page.keyboard.press(`${mod}+z`);
  await expect
    .poll(async () => Math.round((await canvasNode(page, "setVariable_1").boundingBox())!.x))
    .toBe(Math.round(before.x));
  await page.keyboard.press(`${mod}+z`);
  await expect(canvasNode(page, "setVariable_1")).not.toContainText("$total");
  await page.keyboard.press(`${mod}+z`);
  await expect(canvasNode(page, "setVariable_1")).toHaveCount(0);
  // Back at the saved graph: clean again, and nothing left to undo.
  await expect(page.getByTestId("saved-marker")).toBeVisible();
  await expect(page.getByRole("button", { name: "Undo", exact: true })).toBeDisabled();
  await shot("all-undone");

  await page.keyboard.press(`${mod}+Shift+z`);
  await expect(canvasNode(page, "setVariable_1")).toBeVisible();
  await page.keyboard.press(`${mod}+Shift+z`);
  await expect(canvasNode(page, "setVariable_1")).toContainText("$total");
  await page.getByRole("button", { name: "Redo", exact: true }).click();
  await page.getByRole("button", { name: "Redo", exact: true }).click();
  await expect(canvasNode(page, "setVariable_1")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Redo", exact: true })).toBeDisabled();
  await expect(page.getByTestId("dirty-marker")).toBeVisible();
  await shot("all-redone");
});

test("canvas: connect, multi-select, copy/paste, delete, zoom, fit, minimap, and the start node stays", async ({
  page,
  request,
  shot,
}) => {
  await openSmall(page, request, "Canvas ops");

  // Multi-select with Ctrl/Cmd-click, copy and paste: new ids, the edge between them copied too.
  await canvasNode(page, "raw").click();
  await canvasNode(page, "ok").click({ modifiers: [mod === "Meta" ? "Meta" : "Control"] });
  await expect(page.getByRole("tabpanel")).toContainText("2 nodes selected");
  await page.keyboard.press(`${mod}+c`);
  await page.keyboard.press(`${mod}+v`);
  await expect(canvasNode(page, "getRawInput_1")).toBeVisible();
  await expect(canvasNode(page, "response_1")).toBeVisible();
  await expect(page.locator(".react-flow__edge")).toHaveCount(3);
  await shot("pasted");

  // The pasted copies are selected: Backspace deletes them.
  await page.keyboard.press("Backspace");
  await expect(canvasNode(page, "getRawInput_1")).toHaveCount(0);
  await expect(page.locator(".react-flow__edge")).toHaveCount(2);

  // Select all and delete: everything goes but the Webhook, which a stack cannot lose.
  await focusCanvas(page);
  await page.keyboard.press(`${mod}+a`);
  await page.keyboard.press("Delete");
  await expect(page.locator(".react-flow__node")).toHaveCount(1);
  await expect(canvasNode(page, "start")).toBeVisible();
  await page.keyboard.press(`${mod}+z`);
  await expect(page.locator(".react-flow__node")).toHaveCount(3);

  // An edge is selected by clicking it and deleted with Delete.
  await page.locator(".react-flow__edge").first().click({ force: true });
  await page.keyboard.press("Delete");
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);
  await page.keyboard.press(`${mod}+z`);
  await expect(page.locator(".react-flow__edge")).toHaveCount(2);

  const scale = async () =>
    page.locator(".react-flow__viewport").evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
  const initial = await scale();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(scale).toBeGreaterThan(initial);
  await page.getByRole("button", { name: "Zoom out" }).click();
  await page.getByRole("button", { name: "Zoom out" }).click();
  await expect.poll(scale).toBeLessThan(initial);
  await page.getByRole("button", { name: "Fit view" }).click();
  await expect.poll(scale).toBeCloseTo(initial, 1);

  await expect(page.locator(".react-flow__minimap")).toBeVisible();
  await page.getByRole("button", { name: "Minimap" }).click();
  await expect(page.locator(".react-flow__minimap")).toHaveCount(0);
  await shot("canvas-tools");
});

test("leaving with unsaved changes asks first: the page's own back link and the browser's", async ({
  page,
  request,
}) => {
  await openSmall(page, request, "Leave guard");
  await canvasNode(page, "ok").click();
  await page.getByRole("tabpanel").getByLabel("Body").fill("'bye'");
  await expect(page.getByTestId("dirty-marker")).toBeVisible();

  await page.getByRole("link", { name: "Back to endpoints" }).click();
  await expect(page.getByRole("dialog")).toContainText("Leave with unsaved changes?");
  await page.getByRole("button", { name: "Stay" }).click();
  await expect(page).toHaveURL(/\/endpoints\/ep_/);

  // Closing or reloading the tab: the browser's beforeunload prompt.
  const prompted = new Promise<string>((resolve) => page.once("dialog", (d) => (resolve(d.type()), void d.dismiss())));
  await page.close({ runBeforeUnload: true });
  expect(await prompted).toBe("beforeunload");
});

test("problems list: errors on nodes and in the list, a click opens the node's field; warnings for unreachable nodes", async ({
  page,
  request,
  shot,
}) => {
  await openSmall(page, request, "Problems");
  await page.locator('[data-palette-type="conditional"]').click();
  await expect(canvasNode(page, "conditional_1")).toBeVisible();
  await page.getByRole("tab", { name: /Problems/ }).click();
  const errors = page.getByTestId("problems-error");
  await expect(errors).toContainText("Condition is required");
  await expect(page.getByTestId("problems-warning")).toContainText("nothing leads to this node");
  await expect(canvasNode(page, "conditional_1").getByTestId("node-problem-badge")).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toBeDisabled();
  await shot("problems");
  await errors.getByRole("button").first().click();
  await expect(page.getByTestId("inspector-title")).toHaveText("Conditional");
  await expect(page.getByRole("tabpanel").getByLabel("Condition")).toBeFocused();
  await page.keyboard.type("true");
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toBeEnabled();
  // Saving a draft with errors is allowed; the save itself never asks to fix them first.
  await page.getByRole("tabpanel").getByLabel("Condition").fill("");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("saved-marker")).toBeVisible();
});

test("a secret and a table can be created from the inspector without leaving the editor", async ({
  page,
  request,
  shot,
}) => {
  const endpoint = await openSmall(page, request, "Pickers");
  await page.locator('[data-palette-type="hmacVerify"]').click();
  const inspector = page.getByRole("tabpanel");
  await inspector.getByRole("button", { name: "New environment variable" }).click();
  await page.getByLabel("Name", { exact: true }).fill("github_secret");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("GITHUB_SECRET");
  await page.getByLabel("Value").fill("s3cr3t");
  await page.getByRole("button", { name: "Create variable" }).click();
  await expect(inspector.getByLabel("Signing secret")).toHaveValue("GITHUB_SECRET");
  const env = (await (await request.get("/api/v1/env")).json()) as { variables: { name: string }[] };
  expect(env.variables.map((v) => v.name)).toContain("GITHUB_SECRET");

  await page.locator('[data-palette-type="addRecord"]').click();
  await inspector.getByRole("button", { name: "Add field" }).click();
  await inspector.getByLabel("field name 1").fill("email");
  await inspector.getByRole("button", { name: "New table" }).click();
  await page.getByLabel("Table name").fill("customers");
  await expect(page.getByLabel("Field 1 name")).toHaveValue("email");
  await shot("new-table");
  await page.getByRole("button", { name: "Create table" }).click();
  await expect(inspector.getByRole("combobox", { name: "Table", exact: true })).toHaveValue("customers");
  const tables = (await (await request.get("/api/v1/tables")).json()) as {
    tables: { name: string; fields: { name: string }[] }[];
  };
  expect(tables.tables.find((t) => t.name === "customers")?.fields.map((f) => f.name)).toEqual(["email"]);

  // The graph holds the variable's name only; its value never comes back to the browser.
  await page.keyboard.press(`${mod}+s`);
  await expect(page.getByTestId("saved-marker")).toBeVisible();
  const saved = (await (await request.get(`/api/v1/endpoints/${endpoint.id}`)).json()) as {
    draft: { nodes: { id: string; config: Record<string, unknown> }[] };
  };
  expect(saved.draft.nodes.find((n) => n.id === "hmacVerify_1")?.config.secret).toBe("$env.GITHUB_SECRET");
  expect(JSON.stringify(saved.draft)).not.toContain("s3cr3t");
});

test("keyboard: search the palette with /, Enter adds the node after the selected one, connected", async ({
  page,
  request,
}) => {
  const endpoint = await createEndpoint(request, "Keyboard");
  await page.goto(`/endpoints/${endpoint.id}`);
  await canvasNode(page, "start").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("inspector-title")).toHaveText("Webhook");
  await page.keyboard.press("/");
  const search = page.getByRole("searchbox", { name: "Search nodes" });
  await expect(search).toBeFocused();
  await page.keyboard.type("get raw");
  await expect(page.locator("[data-palette-type]")).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(canvasNode(page, "getRawInput_1")).toBeVisible();
  await search.fill("respon");
  await page.keyboard.press("Enter");
  await expect(canvasNode(page, "response_1")).toBeVisible();
  await expect(page.locator(".react-flow__edge")).toHaveCount(2);
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toBeEnabled();
});
