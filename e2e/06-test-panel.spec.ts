import { EXAMPLE_GRAPH, canvasNode, createEndpoint, expect, seedStripeResources, test } from "./fixtures";

/**
 * Issue 4's test panel: compose a request from a sample, sign it for the stack's signature node, run the draft,
 * and read the trace on the canvas.
 */
test.beforeEach(async ({ request }) => {
  await seedStripeResources(request);
});

test("a signed Stripe sample runs ok node by node, and a node's output reads on the canvas", async ({
  page,
  request,
  shot,
}) => {
  const endpoint = await createEndpoint(request, "Stripe test panel", EXAMPLE_GRAPH);
  await page.goto(`/endpoints/${endpoint.id}`);
  await page.getByRole("tab", { name: "Test", exact: true }).click();
  await page.getByLabel("Start from a sample").selectOption("stripe-invoice-paid");
  await expect(page.getByRole("textbox", { name: /^Body/ })).toHaveValue(/"type": "invoice.paid"/);
  await expect(page.getByRole("switch", { name: "Dry run" })).toHaveAttribute("aria-checked", "true");

  await page.getByRole("button", { name: "Sign it" }).click();
  const signature = page
    .getByTestId("composer-headers")
    .locator('[data-header-name="stripe-signature"] input[aria-label^="Value"]');
  await expect(signature).toHaveValue(/^t=\d+,v1=[0-9a-f]{64}$/);
  await shot("signed-request");

  await page.getByRole("button", { name: "Run test" }).click();
  await expect(page.getByTestId("run-status")).toContainText("200");
  for (const id of ["start", "raw", "sig", "paid", "lines", "ok"])
    await expect(canvasNode(page, id)).toHaveAttribute("data-run-status", "ok");
  // A dry run: the record is not written, and the node says so (once per invoice line).
  await expect(canvasNode(page, "save")).toHaveAttribute("data-run-status", "skipped");
  await expect(canvasNode(page, "save")).toHaveAttribute("data-run-label", /2× · dry run/);
  await expect(page.locator(".react-flow__edge.hs-trace-taken")).toHaveCount(6);
  await expect(page.getByTestId("trace-bar")).toContainText("Dry run");
  await shot("trace-on-canvas");

  await canvasNode(page, "save").click();
  const details = page.getByTestId("node-run-details");
  await expect(details).toContainText("Add record");
  await expect(details.getByTestId("node-run-output")).toContainText("wouldWrite");
  await expect(details.getByTestId("node-run-output")).toContainText('"invoice_lines"');
  await expect(details.getByTestId("node-run-output")).toContainText("3900");
  await details.getByRole("button", { name: "Next iteration" }).click();
  await expect(details.getByTestId("iteration-label")).toHaveText("1 of 2");
  await details.getByRole("button", { name: "Next iteration" }).click();
  await expect(details.getByTestId("iteration-label")).toHaveText("2 of 2");
  await expect(details.getByTestId("node-run-output")).toContainText("1000");
  await expect(details.getByTestId("node-run-input")).toContainText("amount");
  await shot("node-output");

  // With dry run off the run is real: both invoice lines are stored.
  const before = ((await (await request.get("/api/v1/tables/invoice_lines")).json()) as { recordCount: number })
    .recordCount;
  await page.getByRole("switch", { name: "Dry run" }).click();
  await page.getByRole("button", { name: "Run test" }).click();
  await expect(canvasNode(page, "save")).toHaveAttribute("data-run-status", "ok");
  const after = ((await (await request.get("/api/v1/tables/invoice_lines")).json()) as { recordCount: number })
    .recordCount;
  expect(after).toBe(before + 2);
});

test("an unsigned request fails at the signature node, which shows the error", async ({ page, request, shot }) => {
  const endpoint = await createEndpoint(request, "Stripe unsigned", EXAMPLE_GRAPH);
  await page.goto(`/endpoints/${endpoint.id}`);
  await page.getByRole("tab", { name: "Test", exact: true }).click();
  await page.getByLabel("Start from a sample").selectOption("stripe-invoice-paid");
  await page.getByRole("button", { name: "Run test" }).click();

  await expect(page.getByTestId("run-status")).toContainText("401");
  await expect(page.getByTestId("run-error")).toContainText("Failed at “Verify signature”");
  const sig = canvasNode(page, "sig");
  await expect(sig).toHaveAttribute("data-run-status", "error");
  await expect(sig).toHaveAttribute("data-run-failed", "true");
  // The failing node is selected and its run details say why.
  await expect(sig).toHaveClass(/selected/);
  await expect(page.getByTestId("node-run-error")).toContainText("invalid signature: missing Stripe-Signature header");
  await expect(canvasNode(page, "paid")).toHaveAttribute("data-run-status", "none");
  await shot("failed-signature");

  // A signature that does not match fails the same way, naming the mismatch.
  await page.getByRole("button", { name: "Sign it" }).click();
  const value = page
    .getByTestId("composer-headers")
    .locator('[data-header-name="stripe-signature"] input[aria-label^="Value"]');
  await expect(value).toHaveValue(/v1=/);
  await value.fill("t=1700000000,v1=00");
  await page.getByRole("button", { name: "Run test" }).click();
  await expect(page.getByTestId("node-run-error")).toContainText("invalid signature");
  await expect(page.getByTestId("run-status")).toContainText("401");
});
