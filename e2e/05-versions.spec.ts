import { canvasNode, createEndpoint, expect, mod, test } from "./fixtures";

const GRAPH = {
  version: 1,
  nodes: [
    { id: "start", type: "webhook", position: { x: 0, y: 0 }, config: {} },
    { id: "ok", type: "response", position: { x: 0, y: 140 }, config: { status: "200", body: "'v1'" } },
  ],
  edges: [{ source: "start", target: "ok" }],
};

test("publish twice, see who published when, restore version 1 into the draft and undo it", async ({
  page,
  request,
  shot,
}) => {
  const endpoint = await createEndpoint(request, "Versions", GRAPH);
  await page.goto(`/endpoints/${endpoint.id}`);
  await expect(canvasNode(page, "ok")).toContainText("'v1'");

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByTestId("confirm-publish").click();
  await expect(page.getByRole("heading", { name: "Version 1 is live" })).toBeVisible();
  await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();
  expect((await request.post(endpoint.url)).status()).toBe(200);
  expect(await (await request.post(endpoint.url)).text()).toBe("v1");

  await canvasNode(page, "ok").click();
  await page.getByRole("tabpanel").getByLabel("Body").fill("'v2'");
  // Publishing saves the draft first.
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByTestId("confirm-publish").click();
  await expect(page.getByRole("heading", { name: "Version 2 is live" })).toBeVisible();
  await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();
  expect(await (await request.post(endpoint.url)).text()).toBe("v2");
  await expect(page.getByTestId("toolbar-url").locator("..")).toContainText("Live v2");

  await page.getByRole("tab", { name: "Versions" }).click();
  const list = page.getByTestId("version-list");
  await expect(list.locator("li")).toHaveCount(2);
  await expect(list.locator('[data-version="2"]')).toContainText("Live");
  await expect(list.locator('[data-version="1"]')).toContainText(/Olivia Owner · (just now|\d+ minutes? ago)/);
  await shot("two-versions");

  await page.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page.getByRole("dialog")).toContainText("The live version does not change until you publish");
  await page.getByRole("button", { name: "Restore into draft" }).click();
  await expect(page.getByText("Version 1 restored into the draft")).toBeVisible();
  await expect(canvasNode(page, "ok")).toContainText("'v1'");
  await expect(page.getByTestId("saved-marker")).toBeVisible();
  const draft = (await (await request.get(`/api/v1/endpoints/${endpoint.id}`)).json()) as {
    draft: typeof GRAPH;
    publishedVersion: number;
  };
  expect(draft.draft.nodes.find((n) => n.id === "ok")?.config.body).toBe("'v1'");
  expect(draft.publishedVersion).toBe(2);
  // The live URL still runs version 2 until the restored draft is published.
  expect(await (await request.post(endpoint.url)).text()).toBe("v2");
  await shot("restored");

  await page.locator(".react-flow__pane").click({ position: { x: 12, y: 12 } });
  await page.keyboard.press(`${mod}+z`);
  await expect(canvasNode(page, "ok")).toContainText("'v2'");
  await expect(page.getByTestId("dirty-marker")).toBeVisible();
});
