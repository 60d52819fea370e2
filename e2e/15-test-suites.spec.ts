import { canvasNode, expect, seedStripeResources, stripeSigned, test } from "./fixtures";

/**
 * Issue #17's test suites in the editor: a starter brings its suite, a live request from the history is saved as a
 * test (its signature masked, signed again at run time), the suite runs on the draft, and a change that breaks it
 * blocks publishing until overridden. Screenshots are kept in e2e/artifacts/steps/15-test-suites/.
 */
test("save a case from the history, run the suite, and a failing case blocks publishing", async ({
  page,
  request,
  shot,
  baseURL,
  consoleErrors,
}) => {
  await seedStripeResources(request);
  const created = await request.post("/api/v1/endpoints", {
    data: { name: "Stripe invoices (suite)", starter: "stripe-invoice-paid" },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await request.post(`/api/v1/endpoints/${id}/publish`)).status()).toBe(200);

  // A real signed delivery, as Stripe sends it.
  const body = JSON.stringify({
    id: "evt_suite_e2e",
    type: "invoice.paid",
    data: { object: { lines: { data: [{ amount: 4200 }] } } },
  });
  expect((await fetch(`${baseURL}/hooks/${id}`, { method: "POST", headers: stripeSigned(body), body })).status).toBe(
    200,
  );

  await page.goto(`/endpoints/${id}`);
  await page.getByRole("tab", { name: "History" }).click();
  const entry = page.getByTestId("history-list").locator("li").first();
  await entry.getByRole("button").first().click();
  await entry.getByRole("button", { name: "Save as test" }).click();

  // The Tests tab opens on the new case: the redacted signature is left out and made again at every run.
  await expect(page.getByRole("tab", { name: "Tests" })).toHaveAttribute("aria-selected", "true");
  const form = page.getByTestId("test-form");
  await expect(form.getByLabel("Name")).toHaveValue("invoice.paid → 200");
  await expect(form.getByLabel(/Sign at run time/)).toBeChecked();
  await expect(form.getByLabel("Headers")).not.toContainText("stripe-signature");
  await expect(form.getByLabel("Body")).toHaveValue(body);
  await form.getByRole("button", { name: "Add assertion" }).click();
  await form.getByLabel("assertion 1 expression").fill("received");
  await form.getByLabel("assertion 1 value").fill("true");
  await form.getByRole("button", { name: "Add record check" }).click();
  await form.getByLabel("records 1 table").fill("invoice_lines");
  await shot("case-from-history");
  await form.getByRole("button", { name: "Save test" }).click();
  await expect(page.getByTestId("test-form")).toHaveCount(0);
  const panel = page.getByTestId("tests-panel");
  await expect(panel.locator("li[data-test-name]")).toHaveCount(4);

  // The whole suite on the draft, in a dry run.
  await panel.getByRole("button", { name: "Run all" }).click();
  await expect(page.getByTestId("suite-summary")).toContainText("4 of 4 passed");
  await expect(panel.locator('li[data-state="passed"]')).toHaveCount(4);
  await panel.locator('li[data-test-name="invoice.paid → 200"] > button').click();
  await expect(panel.getByTestId("case-result")).toContainText("inserts in invoice_lines");
  await shot("suite-passed");

  // A change that breaks the answer: publishing runs the suite and refuses.
  await page.getByRole("button", { name: "Fit view" }).click(); // the answer node sits below the fold at first
  await canvasNode(page, "ok").click();
  await page.getByRole("tab", { name: "Node" }).click(); // the Tests tab stays open while a node is picked
  await expect(page.getByRole("tabpanel").getByLabel("Body")).toBeVisible();
  await page.getByRole("tabpanel").getByLabel("Body").fill("{ 'ok': true }");
  // Publish saves, then the confirm dialog lists the change and takes a note; the server's suite refuses.
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const confirm = page.getByRole("dialog");
  await expect(confirm.getByRole("heading", { name: "Publish version 2?" })).toBeVisible();
  await expect(confirm).toContainText("Response ok");
  await confirm.getByLabel("Note (optional)").fill("Answer with ok");
  await shot("publish-confirm");
  await confirm.getByTestId("confirm-publish").click();
  const blocked = page.getByRole("dialog", { name: "Tests fail: not published" });
  await expect(blocked).toContainText("Tests fail: not published");
  await expect(blocked.getByTestId("failing-tests").locator("li")).toHaveCount(3);
  await expect(blocked).toContainText("received is true: expected true, got nothing");
  await shot("publish-blocked");

  // The failing case opens with its actual values, and its trace is on the canvas.
  await blocked.getByRole("button", { name: "Open the tests" }).click();
  await expect(page.getByTestId("suite-summary")).toContainText("3 of 4 failed");
  const failing = panel.locator('li[data-state="failed"]').first();
  await expect(failing.getByTestId("case-result")).toContainText("received is true");
  await expect(failing.getByTestId("actual-value").first()).toHaveText("nothing");
  await expect(canvasNode(page, "ok")).toHaveAttribute("data-run-status", "ok");
  await shot("failing-case-on-canvas");

  // Publishing anyway is an explicit choice, recorded on the version.
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("dialog").getByLabel("Note (optional)").fill("Answer with ok");
  await page.getByRole("dialog").getByTestId("confirm-publish").click();
  await blocked.getByRole("button", { name: "Publish anyway" }).click();
  await expect(page.getByRole("heading", { name: "Version 2 is live" })).toBeVisible();
  await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();
  await page.getByRole("tab", { name: "Versions" }).click();
  await expect(page.locator('li[data-version="2"]')).toContainText("Published over 3 failing tests");
  await expect(page.locator('li[data-version="2"]').getByTestId("version-note")).toHaveText("Answer with ok"); // sent again with the override
  await expect(page.locator('li[data-version="1"]')).toContainText("Tests: 3/3 passed");
  await shot("versions-with-suite-results");

  // The test panel saves its request the same way.
  await page.getByRole("tab", { name: "Test", exact: true }).click();
  await shot("test-panel-save-as-test");
  await page.getByRole("button", { name: "Save as test" }).click();
  await expect(page.getByRole("tab", { name: "Tests" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("test-form").getByLabel("Name")).not.toHaveValue("");
  await page.getByTestId("test-form").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("test-form")).toHaveCount(0);

  // The refused publishes answered 409 (tests_failed) on purpose; the browser logs each as a failed resource.
  const unexpected = consoleErrors.filter((e) => !/status of 409/.test(e));
  consoleErrors.splice(0, consoleErrors.length, ...unexpected);
});
