import {
  EXAMPLE_GRAPH,
  canvasNode,
  createEndpoint,
  expect,
  mod,
  seedStripeResources,
  stripeSigned,
  test,
} from "./fixtures";

/** Issue #14, points 4, 5 and 7: replay safety, what a background caller got, and the draft versus live state. */

test("a forged request is not re-signed when re-sent to live, the warning is red, and the replay says so", async ({
  page,
  request,
  shot,
  baseURL,
}) => {
  await seedStripeResources(request);
  const endpoint = await createEndpoint(request, "Forged deliveries", EXAMPLE_GRAPH);
  expect((await request.post(`/api/v1/endpoints/${endpoint.id}/publish`)).ok()).toBeTruthy();

  // Someone without the secret posts an event: the signature check refuses it.
  const body = JSON.stringify({
    id: "evt_forged_e2e",
    type: "invoice.paid",
    data: { object: { lines: { data: [{ id: "il_1", amount: 900 }] } } },
  });
  const forged = await fetch(`${baseURL}/hooks/${endpoint.id}`, {
    method: "POST",
    headers: stripeSigned(body, "whsec_not_the_secret"),
    body,
  });
  expect(forged.status).toBe(401);

  await page.goto(`/endpoints/${endpoint.id}`);
  await page.getByRole("tab", { name: "History" }).click();
  const entry = page.getByTestId("history-list").locator("li").first();
  await entry.getByRole("button").first().click();
  // Re-signing is off by default for a request that failed its check, and a red warning says why.
  await expect(entry.getByLabel(/Re-sign with the endpoint’s secret/)).not.toBeChecked();
  await expect(entry.getByTestId("failed-check-warning")).toContainText("failed its signature check when it arrived");
  await expect(entry.getByTestId("failed-check-warning")).toContainText("sent as stored, without re-signing");
  await expect(entry.getByTestId("failed-check-warning")).toHaveClass(/text-red-700/);
  await shot("forged-entry");

  await entry.getByRole("button", { name: "Re-send to live" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByTestId("failed-check-warning")).toBeVisible();
  await shot("resend-confirm");
  await dialog.getByRole("button", { name: "Re-send to live" }).click();
  await expect(page.getByText("Re-sent to live: 401")).toBeVisible();

  // The replay is in the history as such: what it replayed, not re-signed, and what the original failed.
  const replay = page.getByTestId("history-list").locator('li[data-source="replay"]').first();
  await expect(replay).toContainText("replay");
  await replay.getByRole("button").first().click();
  await expect(replay.getByTestId("replay-signed")).toHaveText("as stored (not re-signed)");
  await expect(replay.getByTestId("replay-original")).toHaveText("failed its signature check");
  await expect(replay).toContainText("Replay of");
  await shot("replay-recorded");
  const records = (await (await request.get("/api/v1/tables/invoice_lines/records?limit=200")).json()) as {
    records: { event_id: string }[];
  };
  expect(records.records.filter((r) => r.event_id === "evt_forged_e2e")).toHaveLength(0);

  // Asking to re-sign changes the warning to what that would do.
  const original = page.getByTestId("history-list").locator('li[data-source="live"]').first();
  await original.getByRole("button").first().click();
  await original.getByLabel(/Re-sign with the endpoint’s secret/).check();
  await expect(original.getByTestId("failed-check-warning")).toContainText(
    "Re-signing makes it pass that check with the real secret",
  );
  await shot("resign-warning");
});

test("a background endpoint's history shows the 202 the caller got and why a bad signature was not retried", async ({
  page,
  request,
  shot,
  baseURL,
}) => {
  await seedStripeResources(request);
  const endpoint = await createEndpoint(request, "Background forged", EXAMPLE_GRAPH);
  expect(
    (
      await request.patch(`/api/v1/endpoints/${endpoint.id}`, {
        data: { settings: { mode: "background", retryBaseDelayMs: 200 } },
      })
    ).ok(),
  ).toBeTruthy();
  expect((await request.post(`/api/v1/endpoints/${endpoint.id}/publish`)).ok()).toBeTruthy();
  const body = JSON.stringify({ id: "evt_bg_e2e" });
  const res = await fetch(`${baseURL}/hooks/${endpoint.id}`, {
    method: "POST",
    headers: stripeSigned(body, "whsec_wrong"),
    body,
  });
  expect(res.status).toBe(202);

  await page.goto(`/endpoints/${endpoint.id}`);
  await page.getByRole("tab", { name: "History" }).click();
  const entry = page.getByTestId("history-list").locator("li").first();
  await expect(entry).toContainText("401", { timeout: 15_000 });
  await expect(entry).toContainText("sent 202");
  await entry.getByRole("button").first().click();
  await expect(entry).toContainText("Caller got202 at once (background)");
  await expect(entry.getByTestId("run-ended")).toContainText("failed");
  await expect(entry).toContainText("Retriesnone (a bad signature never passes)");
  await shot("background-entry");
});

const GRAPH = {
  version: 1,
  nodes: [
    { id: "start", type: "webhook", position: { x: 0, y: 0 }, config: {} },
    { id: "ok", type: "response", position: { x: 0, y: 140 }, config: { status: "200", body: "'v1'" } },
  ],
  edges: [{ source: "start", target: "ok" }],
};

test("unpublished changes are visible; publishing lists them and takes a note; versions show notes and compare", async ({
  page,
  request,
  shot,
}) => {
  const endpoint = await createEndpoint(request, "Draft and live", GRAPH);
  expect(
    (await request.post(`/api/v1/endpoints/${endpoint.id}/publish`, { data: { note: "First answer" } })).ok(),
  ).toBeTruthy();
  await page.goto(`/endpoints/${endpoint.id}`);
  await expect(canvasNode(page, "ok")).toContainText("'v1'");
  await expect(page.getByTestId("saved-marker")).toBeVisible();
  await expect(page.getByTestId("unpublished-marker")).toHaveCount(0);

  await canvasNode(page, "ok").click();
  await page.getByRole("tabpanel").getByLabel("Body").fill("'v2'");
  await page.keyboard.press(`${mod}+s`);
  await expect(page.getByTestId("saved-marker")).toBeVisible();
  await expect(page.getByTestId("unpublished-marker")).toHaveText("Unpublished changes (1)");
  await shot("unpublished");

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "Publish version 2?" })).toBeVisible();
  const change = dialog.locator('[data-node-id="ok"]');
  await expect(change).toHaveAttribute("data-change", "changed");
  await expect(change).toContainText("body");
  await dialog.getByTestId("publish-note").fill("Answer v2");
  await shot("publish-dialog");
  await dialog.getByTestId("confirm-publish").click();
  await expect(page.getByRole("heading", { name: "Version 2 is live" })).toBeVisible();
  await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();
  await expect(page.getByTestId("unpublished-marker")).toHaveCount(0);
  expect(await (await request.post(endpoint.url)).text()).toBe("v2");

  await page.getByRole("tab", { name: "Versions" }).click();
  const list = page.getByTestId("version-list");
  await expect(list.locator('[data-version="2"]').getByTestId("version-note")).toHaveText("Answer v2");
  await expect(list.locator('[data-version="1"]').getByTestId("version-note")).toHaveText("First answer");
  await expect(page.getByTestId("draft-state")).toHaveText("Same as live v2");
  const compare = page.getByTestId("version-compare");
  await expect(compare.getByLabel("Compare from")).toHaveValue("1");
  await expect(compare.getByLabel("Compare with")).toHaveValue("2");
  await expect(compare.locator('[data-node-id="ok"]')).toContainText("body");
  await shot("versions-compare");
  await compare.getByLabel("Compare from").selectOption("2");
  await compare.getByLabel("Compare with").selectOption("draft");
  await expect(compare).toContainText("v2 and the draft run the same stack.");
});
