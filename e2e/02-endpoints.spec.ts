import { createEndpoint, expect, test } from "./fixtures";

test("endpoints page: create, rename, disable, duplicate, copy the URL, delete with confirmation", async ({
  page,
  request,
  context,
  shot,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/endpoints");
  await page.getByRole("button", { name: /New endpoint|Create your first endpoint/ }).click();
  await page.getByLabel("Name", { exact: true }).fill("GitHub pushes");
  await page.getByRole("button", { name: "Create endpoint" }).click();
  await expect(page).toHaveURL(/\/endpoints\/ep_/);
  const id = page.url().split("/").pop()!;
  await expect(page.getByTestId("endpoint-name")).toHaveText("GitHub pushes");

  // Back to the list through the editor's logo link (nothing unsaved: no question asked).
  await page.getByRole("link", { name: "Back to endpoints" }).click();
  await expect(page).toHaveURL(/\/endpoints$/);
  const row = page.locator(`[data-endpoint-id="${id}"]`);
  await expect(row).toContainText("GitHub pushes");
  await expect(row).toContainText("Draft");
  await expect(row).toContainText("No requests yet");
  await shot("list");

  await row.getByRole("button", { name: "Actions for GitHub pushes" }).click();
  await page.getByRole("menuitem", { name: "Rename" }).click();
  await page.getByLabel("Name", { exact: true }).fill("GitHub pushes (main)");
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(row).toContainText("GitHub pushes (main)");

  await row.getByRole("switch").click();
  await expect(row.getByRole("switch")).toHaveAttribute("aria-checked", "false");
  await expect.poll(async () => (await (await request.get(`/api/v1/endpoints/${id}`)).json()).enabled).toBe(false);
  await row.getByRole("switch").click();
  await expect.poll(async () => (await (await request.get(`/api/v1/endpoints/${id}`)).json()).enabled).toBe(true);

  await row.getByRole("button", { name: /^Copy URL of/ }).click();
  await expect(row.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/hooks/${id}$`));

  // Keyboard: the actions menu opens from its button and is driven with the arrow keys.
  await row.getByRole("button", { name: /^Actions for/ }).focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu");
  const active = async () =>
    menu.evaluate((el) => document.getElementById(el.getAttribute("aria-activedescendant") ?? "")?.textContent);
  for (let i = 0; i < 6 && (await active()) !== "Duplicate"; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^Duplicated as/)).toBeVisible();
  const list = (await (await request.get("/api/v1/endpoints")).json()) as { endpoints: { id: string; name: string }[] };
  const copy = list.endpoints.find((e) => e.id !== id && e.name.startsWith("GitHub pushes (main)"));
  expect(copy).toBeDefined();
  await expect(page.locator(`[data-endpoint-id="${copy!.id}"]`)).toBeVisible();
  await shot("duplicated");

  await row.getByRole("button", { name: /^Actions for/ }).click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  await expect(page.getByRole("dialog")).toContainText("This cannot be undone");
  await shot("delete-confirmation");
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: /^Actions for/ }).click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Delete endpoint" }).click();
  await expect(row).toHaveCount(0);
  expect((await request.get(`/api/v1/endpoints/${id}`)).status()).toBe(404);
  await shot("deleted");
});

test("the editor of an unknown endpoint is a 404 page", async ({ page, consoleErrors }) => {
  const res = await page.goto("/endpoints/ep_does_not_exist");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This endpoint does not exist" })).toBeVisible();
  await page.getByRole("link", { name: "All endpoints" }).click();
  await expect(page).toHaveURL(/\/endpoints$/);
  // The browser reports the page's own 404 status in the console; that one is expected here.
  const unexpected = consoleErrors.filter((e) => !/status of 404/.test(e));
  consoleErrors.splice(0, consoleErrors.length, ...unexpected);
});

test("renaming from the editor's title", async ({ page, request }) => {
  const endpoint = await createEndpoint(request, "Shopify orders");
  await page.goto(`/endpoints/${endpoint.id}`);
  await page.getByTestId("endpoint-name").click();
  await page.getByLabel("Endpoint name").fill("Shopify paid orders");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("endpoint-name")).toHaveText("Shopify paid orders");
  await expect
    .poll(async () => (await (await request.get(`/api/v1/endpoints/${endpoint.id}`)).json()).name)
    .toBe("Shopify paid orders");
});
