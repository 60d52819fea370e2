import { EXAMPLE_GRAPH, canvasNode, createEndpoint, expect, seedStripeResources, stripeSigned, test } from "./fixtures";

/** Issue 4's live listener and history: catch a request sent from outside, then replay it from the history. */
test("listen for a live request sent with curl, then replay it from the history", async ({
  page,
  request,
  shot,
  baseURL,
}) => {
  await seedStripeResources(request);
  const endpoint = await createEndpoint(request, "Stripe live", EXAMPLE_GRAPH);
  expect((await request.post(`/api/v1/endpoints/${endpoint.id}/publish`)).ok()).toBeTruthy();

  await page.goto(`/endpoints/${endpoint.id}`);
  await page.getByRole("tab", { name: "Test", exact: true }).click();
  await page.getByTestId("listen-button").click();
  await expect(page.getByTestId("listening")).toContainText(`/hooks/${endpoint.id}`);
  await shot("listening");

  // What `curl -X POST <url> -H stripe-signature:... -d @event.json` sends, from outside the browser.
  const body = JSON.stringify({
    id: "evt_live_e2e",
    type: "invoice.paid",
    data: { object: { lines: { data: [{ id: "il_1", amount: 700 }] } } },
  });
  await expect(page.getByTestId("listening")).toHaveAttribute("data-ready", "true");
  const res = await fetch(`${baseURL}/hooks/${endpoint.id}`, { method: "POST", headers: stripeSigned(body), body });
  expect(res.status).toBe(200);
  await expect(page.getByTestId("run-result")).toBeVisible();
  await expect(page.getByTestId("listening")).toHaveCount(0);
  await expect(page.getByTestId("run-result")).toContainText("Live request");
  await expect(page.getByTestId("run-status")).toContainText("200");
  await expect(canvasNode(page, "save")).toHaveAttribute("data-run-status", "ok");
  await expect(canvasNode(page, "save")).toHaveAttribute("data-run-label", /^✓ /);
  await shot("live-request");

  // The history has it, signature redacted; replaying on the draft re-signs it with the endpoint's secret.
  await page.getByRole("tab", { name: "History" }).click();
  const entry = page.getByTestId("history-list").locator("li").first();
  await entry.getByRole("button").first().click();
  await expect(entry.getByTestId("headers-list")).toContainText("[redacted]");
  const resign = entry.getByLabel(/Re-sign with the endpoint’s secret/);
  await expect(resign).toBeChecked();
  await shot("history-entry");

  await entry.getByRole("button", { name: "Replay on draft" }).click();
  await expect(page.getByRole("tab", { name: "Test", exact: true })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("run-result")).toContainText("Replay on the draft");
  await expect(page.getByTestId("run-status")).toContainText("200");
  await expect(page.getByRole("textbox", { name: /^Body/ })).toHaveValue(body);
  await expect(canvasNode(page, "save")).toHaveAttribute("data-run-status", "skipped"); // the test panel's dry run
  await shot("replayed-on-draft");

  // Without re-signing, the redacted signature cannot pass, and the panel says why.
  await page.getByRole("tab", { name: "History" }).click();
  const live = page.getByTestId("history-list").locator('li[data-source="live"]').first();
  await live.getByRole("button").first().click();
  await live.getByLabel(/Re-sign with the endpoint’s secret/).uncheck();
  await live.getByRole("button", { name: "Replay on draft" }).click();
  await expect(page.getByTestId("run-status")).toContainText("401");
  await expect(page.getByTestId("run-result")).toContainText(
    "the history had redacted stripe-signature, so it was sent without it",
  );

  // Re-send to the live version: a real run, kept as a replay.
  await page.getByRole("tab", { name: "History" }).click();
  const again = page.getByTestId("history-list").locator('li[data-source="live"]').first();
  await again.getByRole("button").first().click();
  await again.getByRole("button", { name: "Re-send to live" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Re-send to live" }).click();
  await expect(page.getByText("Re-sent to live: 200")).toBeVisible();
  await expect(page.getByTestId("history-list").locator("li").first()).toContainText("replay");
  const records = (await (await request.get("/api/v1/tables/invoice_lines/records?limit=200")).json()) as {
    records: { event_id: string }[];
  };
  expect(records.records.filter((r) => r.event_id === "evt_live_e2e")).toHaveLength(2);

  // Retention is the endpoint's to set.
  await expect(page.getByTestId("retention")).toContainText("Kept 30 days, newest 10,000");
  await page.getByTestId("retention").getByRole("button", { name: "Change" }).click();
  await page.getByRole("form", { name: "History retention" }).getByLabel("Days").fill("7");
  await page.getByRole("form", { name: "History retention" }).getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("retention")).toContainText("Kept 7 days, newest 10,000");
  const saved = (await (await request.get(`/api/v1/endpoints/${endpoint.id}`)).json()) as {
    settings: Record<string, unknown>;
  };
  expect(saved.settings).toEqual({ retentionDays: 7 });
});
