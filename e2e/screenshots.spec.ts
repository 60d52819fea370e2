import { EXAMPLE_GRAPH, canvasNode, createEndpoint, expect, seedStripeResources, test } from "./fixtures";

/**
 * Every page and dialog at 1280x800, light and dark, kept in e2e/artifacts/steps/screenshots/: the pictures a
 * reviewer looks at before calling the UI done. Runs last (it empties the endpoint list for the empty state).
 */
for (const scheme of ["light", "dark"] as const) {
  test(`pages in ${scheme} mode`, async ({ page, request, shot }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const existing = (await (await request.get("/api/v1/endpoints")).json()) as { endpoints: { id: string }[] };
    for (const e of existing.endpoints) await request.delete(`/api/v1/endpoints/${e.id}`);
    await seedStripeResources(request);

    await page.goto("/endpoints");
    await expect(page.getByRole("heading", { name: "No endpoints yet" })).toBeVisible();
    await shot(`${scheme}-endpoints-empty`);
    await page.getByRole("button", { name: "Create your first endpoint" }).click();
    await page.getByLabel("Name", { exact: true }).fill("Stripe invoices");
    await shot(`${scheme}-create-dialog`);
    await page.keyboard.press("Escape");

    const endpoint = await createEndpoint(request, "Stripe invoices", EXAMPLE_GRAPH);
    await request.post(`/api/v1/endpoints/${endpoint.id}/publish`);
    await createEndpoint(request, "GitHub pushes");
    await page.goto("/endpoints");
    await expect(page.locator("tbody tr")).toHaveCount(2);
    await shot(`${scheme}-endpoints`);
    await page
      .locator(`[data-endpoint-id="${endpoint.id}"]`)
      .getByRole("button", { name: /^Actions for/ })
      .click();
    await shot(`${scheme}-endpoint-menu`);
    await page.getByRole("menuitem", { name: "Delete" }).click();
    await shot(`${scheme}-delete-dialog`);
    await page.getByRole("button", { name: "Cancel" }).click();

    await page.goto(`/endpoints/${endpoint.id}`);
    await expect(canvasNode(page, "save")).toBeVisible();
    await shot(`${scheme}-editor`);

    await canvasNode(page, "save").click();
    await expect(page.getByTestId("inspector-title")).toHaveText("Add record");
    await shot(`${scheme}-editor-add-record`);

    await canvasNode(page, "sig").click();
    await shot(`${scheme}-editor-secret`);
    await page.getByRole("button", { name: "New environment variable" }).click();
    await shot(`${scheme}-new-env-dialog`);
    await page.getByRole("button", { name: "Cancel" }).click();

    await canvasNode(page, "paid").click();
    const condition = page.getByRole("tabpanel").getByLabel("Condition");
    await condition.fill("");
    await condition.pressSequentially("$");
    await shot(`${scheme}-editor-suggestions`);
    await condition.pressSequentially("payload.type = ");
    await shot(`${scheme}-editor-error`);
    await page.getByRole("tab", { name: /Problems/ }).click();
    await shot(`${scheme}-editor-problems`);

    await page.getByRole("tab", { name: "Versions" }).click();
    await expect(page.getByTestId("version-list").locator("li")).toHaveCount(1);
    await shot(`${scheme}-editor-versions`);

    await page.getByRole("link", { name: "Back to endpoints" }).click();
    await shot(`${scheme}-leave-dialog`);
    await page.getByRole("button", { name: "Stay" }).click();

    await page.locator(".react-flow__pane").click({ position: { x: 12, y: 12 } });
    await page.keyboard.press("Control+z");
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page.getByTestId("confirm-publish").click();
    await expect(page.getByRole("heading", { name: /is live/ })).toBeVisible();
    await shot(`${scheme}-published-dialog`);
  });
}

test("the inspector of every node type in the catalog", async ({ page, request, shot }) => {
  const endpoint = await createEndpoint(request, "Every node");
  await page.goto(`/endpoints/${endpoint.id}`);
  const types = await page
    .locator("[data-palette-type]")
    .evaluateAll((els) => els.map((el) => el.getAttribute("data-palette-type")!));
  for (const type of types.filter((t) => t !== "webhook")) {
    await page.locator(`[data-palette-type="${type}"]`).click();
    await expect(canvasNode(page, `${type}_1`)).toBeVisible();
    await shot(`inspector-${type}`);
  }
  await page.getByRole("button", { name: "Auto-layout" }).click();
  await page.waitForTimeout(400);
  await canvasNode(page, "start").click();
  await shot("inspector-webhook");
});
