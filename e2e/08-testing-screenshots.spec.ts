import { EXAMPLE_GRAPH, canvasNode, createEndpoint, expect, seedStripeResources, stripeSigned, test } from "./fixtures";

/**
 * The test panel, a trace on the canvas and the history at 1280x800, light and dark, kept in
 * e2e/artifacts/steps/08-testing-screenshots/: the pictures to look at before calling issue 4's UI done.
 */
for (const scheme of ["light", "dark"] as const) {
  test(`test panel, trace and history in ${scheme} mode`, async ({ page, request, shot, baseURL }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seedStripeResources(request);
    const endpoint = await createEndpoint(request, `Stripe invoices (${scheme})`, EXAMPLE_GRAPH);
    await request.post(`/api/v1/endpoints/${endpoint.id}/publish`);
    const event = JSON.stringify({
      id: `evt_${scheme}`,
      type: "invoice.paid",
      data: { object: { lines: { data: [{ amount: 4900 }, { amount: 1200 }] } } },
    });
    await fetch(`${baseURL}/hooks/${endpoint.id}`, { method: "POST", headers: stripeSigned(event), body: event });
    await fetch(`${baseURL}/hooks/${endpoint.id}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: event,
    });

    await page.goto(`/endpoints/${endpoint.id}`);
    await page.getByRole("tab", { name: "Test", exact: true }).click();
    await page.getByLabel("Start from a sample").selectOption("stripe-invoice-paid");
    await page.getByRole("button", { name: "Sign it" }).click();
    await expect(page.getByText("Signed · Stripe signature")).toBeVisible();
    await shot(`${scheme}-test-panel`);

    await page.getByRole("button", { name: "Run test" }).click();
    await expect(canvasNode(page, "ok")).toHaveAttribute("data-run-status", "ok");
    await canvasNode(page, "save").click();
    await expect(page.getByTestId("node-run-details")).toBeVisible();
    await shot(`${scheme}-trace-on-canvas`);

    await page.getByRole("tab", { name: "History" }).click();
    await expect(page.getByTestId("history-list").locator("li")).toHaveCount(3);
    await page
      .getByTestId("history-list")
      .locator('li[data-source="live"]')
      .filter({ hasText: "401" })
      .getByRole("button")
      .first()
      .click();
    await page.getByRole("tab", { name: /Trace/ }).click();
    await shot(`${scheme}-history`);
  });
}
