import { canvasNode, expect, test } from "./fixtures";

/**
 * Issue #15's nodes in the editor: a switch draws one output per case, and cases can be added, renamed (keeping
 * their connection) and removed from the inspector; the updateRecord form. Screenshots are kept in
 * e2e/artifacts/steps/13-records/.
 */
test("switch cases as outputs, and the update record form", async ({ page, request, shot }) => {
  await request.post("/api/v1/tables", {
    data: {
      name: "customers",
      fields: [
        { name: "stripe_customer_id", type: "text", required: true, unique: true },
        { name: "status", type: "text", indexed: true },
        { name: "subscription_id", type: "text" },
        { name: "current_period_end", type: "timestamp" },
        { name: "event_at", type: "timestamp" },
      ],
    },
  });
  const created = await request.post("/api/v1/endpoints", {
    data: { name: "Stripe subscriptions", starter: "stripe-subscription-status" },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  await page.goto(`/endpoints/${id}`);
  const sw = canvasNode(page, "kind");
  for (const handle of ["created", "updated", "deleted", "default"])
    await expect(sw.locator(`[data-handle-row="${handle}"]`)).toBeVisible();
  await expect(page.locator(".react-flow__edge")).toHaveCount(12);

  // The whole stack in view: the switch sits below the fold at the editor's first zoom.
  await page.getByRole("button", { name: "Fit view" }).click();
  await sw.click();
  await page.getByRole("button", { name: "Add case" }).click();
  await page.getByLabel("case name 4").fill("paused");
  await page.getByLabel("paused value").fill("'customer.subscription.paused'");
  await expect(sw.locator('[data-handle-row="paused"]')).toBeVisible();

  // Renaming a case keeps its connection.
  await page.getByLabel("case name 3").fill("removed");
  await expect(sw.locator('[data-handle-row="removed"]')).toBeVisible();
  await expect(sw.locator('[data-handle-row="deleted"]')).toHaveCount(0);
  await expect(page.locator(".react-flow__edge")).toHaveCount(12);
  await page.getByRole("button", { name: "Fit view" }).click();
  await shot("switch-with-cases");

  // Removing one drops its connection.
  await page.getByRole("button", { name: "Remove created" }).click();
  await expect(sw.locator('[data-handle-row="created"]')).toHaveCount(0);
  await expect(page.locator(".react-flow__edge")).toHaveCount(11);

  await canvasNode(page, "save").click();
  await expect(page.getByText("Fields to change")).toBeVisible();
  await shot("update-record-form");
});
