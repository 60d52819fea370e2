import { createHmac } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { canvasNode, expect, test, viewerPage } from "./fixtures";

/** Issue 13 in the browser: tables and records, environment variables, the starters gallery, read-only viewers. */

const ORDERS = "orders_e2e";

async function ensureOrders(request: APIRequestContext) {
  const found = await request.get(`/api/v1/tables/${ORDERS}`);
  if (found.ok()) return;
  const created = await request.post("/api/v1/tables", {
    data: {
      name: ORDERS,
      fields: [
        { name: "order_id", type: "text", required: true, unique: true },
        { name: "status", type: "text", indexed: true },
        { name: "amount", type: "integer" },
        { name: "paid", type: "boolean" },
        { name: "meta", type: "json" },
      ],
    },
  });
  expect(created.status()).toBe(201);
  const rows = Array.from(
    { length: 64 },
    (_, i) => `o-${100 + i},${i % 3 ? "paid" : "open"},${i * 7},${i % 3 ? "true" : "false"},"{""items"":${i % 4}}"`,
  );
  const imported = await request.post(`/api/v1/tables/${ORDERS}/import`, {
    data: { csv: `order_id,status,amount,paid,meta\n${rows.join("\n")}\n` },
  });
  expect(imported.ok()).toBeTruthy();
}

/** A GitHub push endpoint from the starter, published with its secret set. */
async function githubEndpoint(request: APIRequestContext) {
  await request.post("/api/v1/env", { data: { name: "GITHUB_WEBHOOK_SECRET", value: "gh-e2e-secret" } }); // 409 when there: fine
  const list = (await (await request.get("/api/v1/endpoints")).json()) as { endpoints: { id: string; name: string }[] };
  const existing = list.endpoints.find((e) => e.name === "GitHub pushes (e2e)");
  if (existing) return existing.id;
  const created = await request.post("/api/v1/endpoints", {
    data: { name: "GitHub pushes (e2e)", starter: "github-push" },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await request.post(`/api/v1/endpoints/${id}/publish`)).ok()).toBeTruthy();
  return id;
}

test("tables: create one, add and edit records with typed inputs, page, filter, import, export, fields", async ({
  page,
  request,
  shot,
  consoleErrors,
}) => {
  await page.goto("/tables");
  await expect(page.getByRole("heading", { name: "Tables" })).toBeVisible();
  await page.getByRole("button", { name: "New table" }).click();
  await page.locator("#table-name").fill("customers_e2e");
  await page.getByLabel("Field 1 name").fill("email");
  await page.locator('[data-field-row="0"]').getByLabel("required").check();
  await page.locator('[data-field-row="0"]').getByLabel("unique").check();
  await page.getByRole("button", { name: "Add field" }).click();
  await page.getByLabel("Field 2 name").fill("visits");
  await page.getByLabel("Field 2 type").selectOption("integer");
  await shot("create-table");
  await page.getByRole("button", { name: "Create table" }).click();
  await expect(page).toHaveURL(/\/tables\/customers_e2e$/);
  await expect(page.getByText("No records yet")).toBeVisible();

  await page.getByRole("button", { name: "Add record" }).click();
  await page.getByLabel(/^email/).fill("ada@example.com");
  await page.getByLabel(/^visits/).fill("1.5");
  await page.getByRole("button", { name: "Add record" }).last().click();
  await expect(page.getByText('field "visits" of customers_e2e must be a whole number, got number 1.5')).toBeVisible();
  await shot("record-refused-like-addRecord");
  await page.getByLabel(/^visits/).fill("3");
  await page.getByRole("button", { name: "Add record" }).last().click();
  await expect(page.getByText("Record added")).toBeVisible();
  await expect(page.locator("tr[data-record-id]")).toHaveCount(1);
  await expect(page.locator("tr[data-record-id]")).toContainText("ada@example.com");

  // Fields: adding one says what existing records get; removing one asks first.
  await page.getByRole("button", { name: "Field", exact: true }).click();
  await expect(page.getByText("The 1 existing records get no value in it")).toBeVisible();
  await page.getByLabel("Field 1 name").fill("plan");
  await shot("add-field");
  await page.getByRole("button", { name: "Add field" }).click();
  await expect(page.getByRole("columnheader", { name: /plan/ })).toBeVisible();
  await page.getByRole("button", { name: "Remove field plan" }).click();
  await expect(page.getByText("Its value is deleted from the 1 record of customers_e2e")).toBeVisible();
  await page.getByRole("button", { name: "Remove field", exact: true }).click();
  await expect(page.getByRole("columnheader", { name: /plan/ })).toHaveCount(0);

  // A bigger table: keyset pages, filters, a record, edits, export and import.
  await ensureOrders(request);
  await page.goto(`/tables/${ORDERS}`);
  await expect(page.locator("tr[data-record-id]")).toHaveCount(50);
  await expect(page.locator("tr[data-record-id]").first()).toContainText("o-163");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Page 2")).toBeVisible();
  await expect(page.locator("tr[data-record-id]")).toHaveCount(14);
  await page.getByLabel("Sort by creation").selectOption("oldest");
  await expect(page.locator("tr[data-record-id]").first()).toContainText("o-100");
  await page.getByLabel("Filter field").selectOption("status");
  await page.getByLabel("Filter value").fill("open");
  await page.getByRole("button", { name: "Add filter" }).click();
  await page.getByLabel("Filter field").selectOption("amount");
  await page.getByLabel("Filter operator").selectOption(">=");
  await page.getByLabel("Filter value").fill("300");
  await page.getByLabel("Filter value").press("Enter");
  await expect(page.locator("tr[data-record-id]")).toHaveCount(7);
  await shot("filtered-grid");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${ORDERS}.csv`);

  await page.locator("tr[data-record-id]").first().click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByText("by hand (in this page, an import or the API)")).toBeVisible();
  await expect(dialog).toContainText("meta:items:");
  await shot("record-dialog");
  await dialog.getByRole("button", { name: "Edit" }).click();
  await dialog.getByLabel(/^amount/).fill("999");
  await dialog.getByLabel(/^meta/).fill("{ not json");
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog.getByText("not valid JSON")).toBeVisible();
  await dialog.getByLabel(/^meta/).fill('{"items": 9}');
  await shot("record-edit");
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Record saved")).toBeVisible();
  await expect(page.locator("tr[data-record-id]").first()).toContainText("999");

  await page.getByRole("button", { name: "Import CSV" }).click();
  await page.getByLabel("CSV file").setInputFiles({
    name: "more.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("order_id,amount\nx-1,5\nx-2,five\n"),
  });
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByText(/row 3: field "amount"/)).toBeVisible();
  await shot("import-refused");
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "more.csv", mimeType: "text/csv", buffer: Buffer.from("order_id,amount\nx-1,5\nx-2,6\n") });
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByText("Imported 2 records")).toBeVisible();
  // The refusals above are 400 answers the pages show; nothing else may reach the console.
  const unexpected = consoleErrors.filter((e) => !/status of 400/.test(e));
  consoleErrors.splice(0, consoleErrors.length, ...unexpected);
});

test("a record links to the request that stored it, and the Add record node links to its table", async ({
  page,
  request,
}) => {
  const id = await githubEndpoint(request);
  const body = JSON.stringify({
    ref: "refs/heads/main",
    repository: { full_name: "octo/e2e" },
    pusher: { name: "mona" },
    commits: [
      {
        id: "c0ffee",
        message: "hello",
        author: { name: "Mona" },
        url: "https://github.com/octo/e2e/commit/c0ffee",
        timestamp: "2026-12-01T10:00:00Z",
      },
    ],
  });
  const signature = `sha256=${createHmac("sha256", "gh-e2e-secret").update(body).digest("hex")}`;
  const sent = await request.post(`/hooks/${id}`, {
    data: body,
    headers: { "content-type": "application/json", "x-github-event": "push", "x-hub-signature-256": signature },
  });
  expect(sent.status()).toBe(200);

  await page.goto("/tables/github_commits");
  await page.locator("tr[data-record-id]").first().click();
  const link = page.getByRole("dialog").getByRole("link", { name: /^req_/ });
  await expect(page.getByRole("dialog")).toContainText("GitHub pushes (e2e)");
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/endpoints/${id}\\?request=req_`));
  await expect(page.getByRole("tab", { name: /History/ })).toHaveAttribute("aria-selected", "true");

  await canvasNode(page, "save").click();
  await page.getByRole("tab", { name: "Node" }).click();
  await expect(page.getByRole("tabpanel").getByRole("link", { name: "Open github_commits" })).toHaveAttribute(
    "href",
    "/tables/github_commits",
  );
});

test("environment variables: names and users, replace and delete ask first naming live stacks, + New never overwrites", async ({
  page,
  request,
  shot,
}) => {
  const id = await githubEndpoint(request);
  await page.goto("/env");
  const row = page.locator('tr[data-env-name="GITHUB_WEBHOOK_SECRET"]');
  await expect(row).toContainText("GitHub pushes (e2e)");
  await expect(row).toContainText("live");
  await expect(page.locator("body")).not.toContainText("gh-e2e-secret");
  await row.getByRole("button", { name: "Replace" }).click();
  await expect(page.getByRole("dialog").getByRole("alert")).toContainText(
    "Published stacks use GITHUB_WEBHOOK_SECRET: GitHub pushes (e2e)",
  );
  await page.getByLabel("New value").fill("gh-e2e-secret");
  await shot("replace-asks-first");
  await page.getByRole("button", { name: "Replace, used live by 1" }).click();
  await expect(page.getByText("GITHUB_WEBHOOK_SECRET replaced")).toBeVisible();

  await row.getByRole("button", { name: "Delete GITHUB_WEBHOOK_SECRET" }).click();
  await expect(page.getByRole("dialog")).toContainText("Published stacks use it: GitHub pushes (e2e)");
  await shot("delete-asks-first");
  await page.getByRole("button", { name: "Cancel" }).click();

  await page.getByRole("button", { name: "New variable" }).click();
  await page.getByLabel("Name", { exact: true }).fill("GITHUB_WEBHOOK_SECRET");
  await expect(page.getByText("GITHUB_WEBHOOK_SECRET already exists")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create variable" })).toBeDisabled();
  await page.getByLabel("Name", { exact: true }).fill("SLACK_E2E");
  await page.getByLabel("Value").fill("xoxb");
  await page.getByRole("button", { name: "Create variable" }).click();
  await expect(page.locator('tr[data-env-name="SLACK_E2E"]')).toContainText("no endpoint");

  // The editor's "+ New" refuses an existing name too; its placeholders follow the node's provider.
  await page.goto(`/endpoints/${id}`);
  await canvasNode(page, "sig").click();
  await page.getByRole("button", { name: "New environment variable" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("placeholder", "GITHUB_WEBHOOK_SECRET");
  await page.getByLabel("Name", { exact: true }).fill("GITHUB_WEBHOOK_SECRET");
  await expect(page.getByText("GITHUB_WEBHOOK_SECRET already exists: pick it from the list")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create variable" })).toBeDisabled();
  await shot("inspector-new-refuses-existing");
});

test("templates: the New endpoint dialog offers the starters; publishing shows the provider's own steps", async ({
  page,
  request,
  shot,
}) => {
  await request.post("/api/v1/env", { data: { name: "GITHUB_WEBHOOK_SECRET", value: "gh-e2e-secret" } });
  await page.goto("/endpoints");
  await page.getByRole("button", { name: "New endpoint" }).click();
  await expect(page.locator("[data-starter]")).toHaveCount(9);
  await page.locator('[data-starter="github-push"]').click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("GitHub: push");
  await shot("starter-gallery");
  await page.getByRole("button", { name: "Create endpoint" }).click();
  await expect(page).toHaveURL(/\/endpoints\/ep_/);
  await expect(canvasNode(page, "save")).toBeVisible();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByTestId("confirm-publish").click();
  const steps = page.getByTestId("setup-steps");
  await expect(steps).toContainText("Set it up at GitHub");
  await expect(steps).toContainText("Payload URL");
  await expect(steps).toContainText("application/json");
  await expect(steps).not.toContainText("Stripe");
  await shot("published-github-steps");
});

test("a viewer reads tables, records and variables without any button that changes them", async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  await ensureOrders(request);
  await page.goto("/tables");
  const viewer = await viewerPage(browser, baseURL!, page);
  try {
    for (const path of ["/tables", `/tables/${ORDERS}`, "/env"]) {
      await viewer.page.goto(path);
      await expect(viewer.page.getByText("Read-only").first()).toBeVisible();
      for (const name of ["New table", "Add record", "Import CSV", "Delete table", "New variable", "Replace"]) {
        await expect(viewer.page.getByRole("button", { name, exact: true })).toHaveCount(0);
      }
    }
    await viewer.page.goto(`/tables/${ORDERS}`);
    await viewer.page.locator("tr[data-record-id]").first().click();
    await expect(viewer.page.getByRole("dialog").getByRole("button", { name: "Edit" })).toHaveCount(0);
    await viewer.page.screenshot({ path: "e2e/artifacts/steps/16-back-office/viewer-record.png" });
  } finally {
    await viewer.context.close();
  }
});

for (const scheme of ["light", "dark"] as const) {
  test(`back office pages in ${scheme} mode at 1280`, async ({ page, request, shot }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await ensureOrders(request);
    await githubEndpoint(request);
    await page.goto("/tables");
    await expect(page.locator(`[data-table-name="${ORDERS}"]`)).toBeVisible();
    await shot(`${scheme}-tables`);
    await page.getByRole("button", { name: "New table" }).click();
    await shot(`${scheme}-new-table`);
    await page.keyboard.press("Escape");
    await page.goto(`/tables/${ORDERS}`);
    await expect(page.locator("tr[data-record-id]").first()).toBeVisible();
    await shot(`${scheme}-records`);
    await page.locator("tr[data-record-id]").first().click();
    await expect(page.getByRole("dialog").getByText("version")).toBeVisible();
    await shot(`${scheme}-record`);
    await page.getByRole("dialog").getByRole("button", { name: "Edit" }).click();
    await shot(`${scheme}-record-edit`);
    await page.keyboard.press("Escape");
    await page.goto("/env");
    await expect(page.locator('tr[data-env-name="GITHUB_WEBHOOK_SECRET"]')).toBeVisible();
    await shot(`${scheme}-env`);
    await page.goto("/executions");
    await page.getByLabel("Summary column").fill("header:x-github-event");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByRole("columnheader", { name: "header:x-github-event" })).toBeVisible();
    await expect(page.locator("tr[data-execution-id]").first()).toBeVisible();
    await shot(`${scheme}-executions`);
    await page.goto("/endpoints");
    await page.getByRole("button", { name: "New endpoint" }).click();
    await page.locator('[data-starter="slack-events"]').click();
    await shot(`${scheme}-starters`);
  });
}
