import { EXAMPLE_GRAPH, canvasNode, createEndpoint, expect, seedStripeResources, test } from "./fixtures";

/**
 * Every page at 1280x800, light and dark, kept in e2e/artifacts/steps/screenshots/: the pictures a reviewer looks
 * at before calling the UI done.
 */
for (const scheme of ["light", "dark"] as const) {
  test(`pages in ${scheme} mode`, async ({ page, request, shot }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seedStripeResources(request);
    const endpoint = await createEndpoint(request, `Stripe invoices (${scheme})`, EXAMPLE_GRAPH);
    await request.post(`/api/v1/endpoints/${endpoint.id}/publish`);
    await createEndpoint(request, `GitHub pushes (${scheme})`);

    await page.goto("/endpoints");
    await expect(page.getByRole("heading", { name: "Endpoints" })).toBeVisible();
    await shot(`${scheme}-endpoints`);

    await page.goto(`/endpoints/${endpoint.id}`);
    await expect(canvasNode(page, "save")).toBeVisible();
    await shot(`${scheme}-editor`);

    await canvasNode(page, "save").click();
    await expect(page.getByTestId("inspector-title")).toHaveText("Add record");
    await shot(`${scheme}-editor-inspector`);

    await canvasNode(page, "paid").click();
    await page.getByLabel("Condition").fill("$payload.type = ");
    await shot(`${scheme}-editor-error`);
    await page.getByRole("tab", { name: /Problems/ }).click();
    await shot(`${scheme}-editor-problems`);

    await page.getByRole("tab", { name: "Versions" }).click();
    await expect(page.getByTestId("version-list").locator("li")).toHaveCount(1);
    await shot(`${scheme}-editor-versions`);

    await canvasNode(page, "sig").click();
    await shot(`${scheme}-editor-secret`);
  });
}
