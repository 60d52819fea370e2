import { expect as rawExpect, type APIRequestContext } from "@playwright/test";
import { EXAMPLE_GRAPH, createEndpoint, expect, seedStripeResources, stripeSigned, test, viewerPage } from "./fixtures";

/** Issue 13, points 3 and 5: the executions list and a page per execution, and the dashboard at `/`. */

const NAME = "Stripe invoices (e2e 17)";

/** A published Stripe receiver with two good deliveries and one whose signature is wrong (idempotent per run). */
async function seed(request: APIRequestContext): Promise<string> {
  const list = (await (await request.get("/api/v1/endpoints")).json()) as { endpoints: { id: string; name: string }[] };
  const found = list.endpoints.find((e) => e.name === NAME);
  if (found) return found.id;
  await seedStripeResources(request);
  const { id } = await createEndpoint(request, NAME, EXAMPLE_GRAPH);
  rawExpect((await request.post(`/api/v1/endpoints/${id}/publish`, { data: {} })).ok()).toBeTruthy();
  for (const n of [1, 2]) {
    const body = JSON.stringify({
      id: `evt_${n}`,
      type: "invoice.paid",
      data: { object: { lines: { data: [{ amount: 100 * n }] } } },
    });
    rawExpect((await request.post(`/hooks/${id}`, { data: body, headers: stripeSigned(body) })).status()).toBe(200);
  }
  const bad = JSON.stringify({ id: "evt_bad", type: "invoice.paid", data: { object: { lines: { data: [] } } } });
  const refused = await request.post(`/hooks/${id}`, { data: bad, headers: stripeSigned(bad, "whsec_wrong") });
  rawExpect(refused.status()).toBe(401);
  return id;
}

test("the dashboard leads to the newest failure, whose page shows its run and asks before re-sending it", async ({
  page,
  request,
  shot,
}) => {
  const id = await seed(request);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  const row = page.locator(`tr[data-endpoint-id="${id}"]`);
  await expect(row).toContainText("failing now");
  // The keyboard changes the range.
  await page.getByRole("button", { name: "Last day" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Last day" })).toHaveAttribute("aria-pressed", "true");
  await shot("dashboard");

  await page.getByRole("region", { name: "Newest failures" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/executions\/req_/);
  await expect(page.locator('.react-flow__node[data-id="sig"]')).toHaveAttribute("data-run-status", "error");
  await expect(page.getByTestId("request-body")).toContainText("evt_bad");
  await page.getByRole("button", { name: "Re-send to live" }).click();
  await expect(page.getByRole("dialog").getByTestId("failed-check-warning")).toContainText("without re-signing");
  await shot("re-send-confirm");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("the executions list filters by run and time, remembers the summary field, and opens a request", async ({
  page,
  request,
}) => {
  await seed(request);
  await page.goto("/executions");
  await page.getByLabel("Run").selectOption("background-pending");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("No requests match.")).toBeVisible();
  await page.getByLabel("Run").selectOption("direct");
  await page.getByLabel("Summary column").fill("body:id");
  await page.getByRole("button", { name: "Last hour" }).click();
  await expect(page.locator("tr[data-execution-id]").first()).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "body:id" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Summary column")).toHaveValue("body:id");
  await page.locator("tr[data-execution-id] a").first().click();
  await expect(page).toHaveURL(/\/executions\/req_/);
  await expect(page.getByRole("button", { name: "Download request (JSON)" })).toBeVisible();
});

test("a viewer sees an execution without replay or re-send", async ({ page, browser, baseURL, request }) => {
  await seed(request);
  await page.goto("/executions");
  const href = await page.locator("tr[data-execution-id] a").first().getAttribute("href");
  const viewer = await viewerPage(browser, baseURL!, page, "Vera Viewer");
  try {
    await viewer.page.goto(href!);
    await expect(viewer.page.getByRole("button", { name: "Download request (JSON)" })).toBeVisible();
    for (const name of ["Replay on draft", "Re-send to live"])
      await expect(viewer.page.getByRole("button", { name })).toHaveCount(0);
  } finally {
    await viewer.context.close();
  }
});

for (const scheme of ["light", "dark"] as const) {
  for (const width of [1280, 1920]) {
    test(`dashboard, executions and an execution in ${scheme} at ${width}`, async ({ page, request, shot }) => {
      await seed(request);
      await page.setViewportSize({ width, height: 1000 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/");
      await expect(page.locator("tr[data-endpoint-id]").first()).toBeVisible();
      await shot(`${scheme}-${width}-dashboard`);
      await page.goto("/executions");
      await expect(page.locator("tr[data-execution-id]").first()).toBeVisible();
      await shot(`${scheme}-${width}-executions`);
      await page.locator("tr[data-execution-id] a").first().click();
      await expect(page.locator(".react-flow__node").first()).toBeVisible();
      await shot(`${scheme}-${width}-execution`);
    });
  }
}
