import { canvasNode, connect, dropFromPalette, expect, mod, seedStripeResources, stripeSigned, test } from "./fixtures";

/**
 * Issue 3's story: from an empty database, a person builds the contract's example receiver by drag and drop
 * (verify a Stripe signature, keep invoice.paid, store one record per invoice line, answer 200), publishes it,
 * and a signed Stripe event sent to the live URL stores its lines.
 */
test("build the example receiver from an empty canvas to a live URL", async ({ page, request, shot }) => {
  // An empty database (the server starts on a fresh file); the API seeds what the stack reads.
  const existing = (await (await request.get("/api/v1/endpoints")).json()) as { endpoints: { id: string }[] };
  for (const e of existing.endpoints) await request.delete(`/api/v1/endpoints/${e.id}`);
  await seedStripeResources(request);

  await page.goto("/endpoints");
  await expect(page.getByRole("heading", { name: "No endpoints yet" })).toBeVisible();
  await shot("empty-state");

  await page.getByRole("button", { name: "Create your first endpoint" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Stripe invoices");
  await shot("create-dialog");
  await page.getByRole("button", { name: "Create endpoint" }).click();
  await expect(page).toHaveURL(/\/endpoints\/ep_/);
  const endpointId = page.url().split("/").pop()!;
  await expect(canvasNode(page, "start")).toBeVisible();
  await expect(page.getByTestId("saved-marker")).toBeVisible();
  await shot("new-editor");

  // Room for seven nodes: zoom out, then drop each step from the palette where it should go.
  for (let i = 0; i < 4; i++) await page.getByRole("button", { name: "Zoom out" }).click();
  await page.waitForTimeout(300);
  const drops: [string, string, { x: number; y: number }][] = [
    ["getRawInput", "getRawInput_1", { x: 90, y: 170 }],
    ["hmacVerify", "hmacVerify_1", { x: 300, y: 170 }],
    ["conditional", "conditional_1", { x: 510, y: 170 }],
    ["forEach", "forEach_1", { x: 90, y: 560 }],
    ["addRecord", "addRecord_1", { x: 300, y: 560 }],
    ["response", "response_1", { x: 510, y: 560 }],
  ];
  const pane = (await page.locator(".react-flow__pane").boundingBox())!;
  for (const [type, id, at] of drops) {
    // Nothing selected: a node dropped while another is selected is connected to it (spec 12 checks that).
    await page.locator(".react-flow__pane").click({ position: { x: pane.width - 10, y: pane.height - 10 } });
    await dropFromPalette(page, type, at);
    const box = (await canvasNode(page, id).boundingBox())!;
    // The node lands where it was dropped: the drop point is on the node.
    const x = pane.x + at.x;
    const y = pane.y + at.y;
    expect(x).toBeGreaterThanOrEqual(box.x);
    expect(x).toBeLessThanOrEqual(box.x + box.width);
    expect(y).toBeGreaterThanOrEqual(box.y);
    expect(y).toBeLessThanOrEqual(box.y + box.height);
  }
  await expect(page.locator(".react-flow__node")).toHaveCount(7);
  await expect(page.getByTestId("dirty-marker")).toBeVisible();
  await shot("dropped-nodes");

  await connect(page, "start", "next", "getRawInput_1");
  await connect(page, "getRawInput_1", "next", "hmacVerify_1");
  await connect(page, "hmacVerify_1", "next", "conditional_1");
  await connect(page, "conditional_1", "true", "forEach_1");
  await connect(page, "conditional_1", "false", "response_1");
  await connect(page, "forEach_1", "each", "addRecord_1");
  await connect(page, "forEach_1", "done", "response_1");
  await expect(page.locator(".react-flow__edge")).toHaveCount(7);
  await page.getByRole("button", { name: "Auto-layout" }).click();
  await page.waitForTimeout(400);
  await shot("connected-and-laid-out");

  const inspector = page.getByRole("tabpanel");
  const open = async (id: string, title: string) => {
    await canvasNode(page, id).click();
    await expect(page.getByTestId("inspector-title")).toHaveText(title);
  };

  await open("getRawInput_1", "Get raw input");
  await inspector.getByLabel("Store as").fill("payload");

  await open("hmacVerify_1", "Verify signature");
  await inspector.getByLabel("Provider").selectOption("stripe");
  await inspector.getByLabel("Signing secret").selectOption("STRIPE_SECRET");
  await expect(canvasNode(page, "hmacVerify_1")).toContainText("Stripe signature");
  await shot("secret-picked");

  await open("forEach_1", "For each");
  await inspector.getByLabel("List").fill("$payload.data.object.lines.data");
  await inspector.getByLabel("Item variable").fill("line");

  await open("addRecord_1", "Add record");
  await inspector.getByRole("combobox", { name: "Table", exact: true }).selectOption("invoice_lines");
  await inspector.getByRole("button", { name: "Add all table fields (2)" }).click();
  await inspector.getByLabel("event_id value").fill("$payload.id");
  // Suggestions offer the loop's variable inside the loop.
  const amount = inspector.getByLabel("amount value");
  await amount.pressSequentially("$li");
  await expect(page.getByRole("option", { name: /^\$line\b/ })).toBeVisible();
  await shot("loop-variable-suggested");
  await amount.press("Enter");
  await amount.pressSequentially(".amount");
  await expect(amount).toHaveValue("$line.amount");

  await open("response_1", "Response");
  await inspector.getByLabel("Body").fill("{ 'received': true }");

  // The condition last: a syntax error appears (inline, on the node, in the problems, publish blocked) and goes.
  await open("conditional_1", "Conditional");
  const condition = inspector.getByLabel("Condition");
  await condition.pressSequentially("$pay");
  await expect(page.getByRole("option", { name: /^\$payload\b/ })).toBeVisible();
  await condition.press("Enter");
  await condition.pressSequentially(".type = ");
  await expect(inspector.getByRole("alert")).toContainText("Unexpected end of expression");
  await expect(canvasNode(page, "conditional_1").getByTestId("node-problem-badge")).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toBeDisabled();
  await expect(page.getByRole("tab", { name: /Problems/ })).toContainText("1");
  await shot("validation-error");
  await condition.pressSequentially("'invoice.paid'");
  await expect(condition).toHaveValue("$payload.type = 'invoice.paid'");
  await expect(inspector.getByRole("alert")).toHaveCount(0);
  await expect(canvasNode(page, "conditional_1").getByTestId("node-problem-badge")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toBeEnabled();
  await shot("validation-fixed");

  // Ctrl+S saves the draft (focus on the canvas, as after a click on it).
  await page.locator(".react-flow__pane").click({ position: { x: 20, y: 20 } });
  await page.keyboard.press(`${mod}+s`);
  await expect(page.getByTestId("saved-marker")).toBeVisible();
  const saved = (await (await request.get(`/api/v1/endpoints/${endpointId}`)).json()) as {
    draft: { nodes: unknown[]; edges: unknown[] };
  };
  expect(saved.draft.nodes).toHaveLength(7);
  expect(saved.draft.edges).toHaveLength(7);
  await shot("saved");

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByTestId("confirm-publish").click();
  await expect(page.getByRole("heading", { name: "Version 1 is live" })).toBeVisible();
  const liveUrl = (await page.getByTestId("live-url").textContent())!;
  expect(liveUrl).toMatch(new RegExp(`/hooks/${endpointId}$`));
  await shot("published");
  await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();
  await page.getByRole("tab", { name: "Versions" }).click();
  await expect(page.locator('[data-version="1"]')).toContainText("Live");
  await shot("versions");

  // A Stripe-signed invoice.paid event with two lines, sent to the live URL.
  const event = {
    id: "evt_e2e_1",
    type: "invoice.paid",
    data: {
      object: {
        id: "in_1",
        lines: {
          data: [
            { id: "il_1", amount: 1500 },
            { id: "il_2", amount: 2500 },
          ],
        },
      },
    },
  };
  const body = JSON.stringify(event);
  const forged = await request.post(liveUrl, { data: body, headers: stripeSigned(body, "whsec_wrong") });
  expect(forged.status()).toBe(401);
  const delivered = await request.post(liveUrl, { data: body, headers: stripeSigned(body) });
  expect(delivered.status()).toBe(200);
  expect(await delivered.json()).toEqual({ received: true });

  const records = (await (await request.get("/api/v1/tables/invoice_lines/records")).json()) as {
    records: { event_id: string; amount: number }[];
  };
  const stored = records.records
    .filter((r) => r.event_id === "evt_e2e_1")
    .map((r) => r.amount)
    .sort();
  expect(stored).toEqual([1500, 2500]);

  await page.goto("/endpoints");
  const row = page.locator(`[data-endpoint-id="${endpointId}"]`);
  await expect(row).toContainText("v1");
  await expect(row).toContainText("200");
  await shot("endpoint-list-after-delivery");
});
