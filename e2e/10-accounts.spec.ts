import { request as apiRequest, type Browser } from "@playwright/test";
import { OWNER } from "./access-files";
import { createEndpoint, expect, test } from "./fixtures";

/** A browser of someone else (no session), with its own console watch. */
async function freshPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  return { context, page, errors };
}

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("sign in, then sign out: every page asks for a session", async ({ page, shot }) => {
    await page.goto("/endpoints");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fendpoints$/);
    await shot("sign-in-page");
    await page.getByLabel("Email").fill(OWNER.email);
    await page.getByLabel("Password").fill(OWNER.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/endpoints$/);
    await expect(page.getByTestId("workspace-switcher")).toContainText("owner");
    await shot("signed-in");

    await page.getByRole("button", { name: `Account of ${OWNER.name}` }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/settings/members");
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await shot("signed-out");
  });
});

test("invite and accept, a viewer cannot edit, an owner changes the role", async ({
  page,
  browser,
  baseURL,
  request,
  shot,
}) => {
  const endpoint = await createEndpoint(request, "Orders for viewers");
  await page.goto("/settings/members");
  await page.getByLabel("Email").fill("vera@hookstack.test");
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: "Create link" }).click();
  const link = page.getByTestId("invitation-link");
  await expect(link).toContainText("/invite/inv_");
  await shot("invitation-created");
  const url = (await link.locator("code").textContent())!;

  const vera = await freshPage(browser, baseURL!);
  await vera.page.goto(url);
  await expect(vera.page.getByText("Join “Default workspace” as viewer.")).toBeVisible();
  await vera.page.getByLabel("Your name").fill("Vera Viewer");
  await vera.page.getByLabel("Password (8 characters or more)").fill("vera-password-1");
  await vera.page.screenshot({ path: "e2e/artifacts/steps/10-accounts/accept-invitation.png" });
  await vera.page.getByRole("button", { name: "Join workspace" }).click();
  await expect(vera.page).toHaveURL(/\/endpoints$/);
  await expect(vera.page.getByTestId("workspace-switcher")).toContainText("viewer");
  await expect(vera.page.getByRole("button", { name: "New endpoint" })).toHaveCount(0);
  await vera.page.screenshot({ path: "e2e/artifacts/steps/10-accounts/viewer-endpoints.png" });

  await vera.page.goto(`/endpoints/${endpoint.id}`);
  await expect(vera.page.getByTestId("read-only")).toBeVisible();
  await expect(vera.page.getByRole("button", { name: "Save" })).toHaveCount(0);
  await expect(vera.page.getByRole("button", { name: /Publish/ })).toHaveCount(0);
  await vera.page.screenshot({ path: "e2e/artifacts/steps/10-accounts/viewer-editor.png" });
  const refused = await vera.page.request.patch(`/api/v1/endpoints/${endpoint.id}`, {
    data: { name: "hacked" },
    headers: { origin: baseURL! },
  });
  expect(refused.status()).toBe(403);
  // The link worked once.
  await vera.page.goto(url);
  await expect(vera.page.getByText("This invitation does not work")).toBeVisible();

  await page.reload();
  const role = page.getByLabel("Role of vera@hookstack.test");
  await role.selectOption("editor");
  await expect
    .poll(async () => (await vera.page.request.get("/api/v1/session")).json())
    .toMatchObject({ role: "editor" });
  await shot("role-changed");
  await vera.page.goto("/endpoints");
  await expect(vera.page.getByRole("button", { name: "New endpoint" })).toBeVisible();
  expect(vera.errors).toEqual([]);
  await vera.context.close();
});

test("an owner creates an API key, sees it once, and revokes it", async ({ page, baseURL, shot }) => {
  await page.goto("/settings/keys");
  await page.getByLabel("Name").fill("CI deploy");
  await page.getByRole("checkbox", { name: "endpoints:write" }).check();
  await page.getByRole("button", { name: "Create key" }).click();
  const shown = page.getByTestId("new-api-key");
  await expect(shown).toContainText("hsk_");
  await shot("api-key-created");
  const key = (await shown.locator("code").textContent())!.trim();

  const api = await apiRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${key}` } });
  expect((await api.get("/api/v1/endpoints")).status()).toBe(200);
  expect((await api.get("/api/v1/env")).status()).toBe(200);
  expect((await api.put("/api/v1/env/NOPE", { data: { value: "x" } })).status()).toBe(403);

  await page.locator('[data-key-name="CI deploy"]').getByRole("button", { name: "Revoke" }).click();
  await expect(page.locator('[data-key-name="CI deploy"]')).toHaveCount(0);
  expect((await api.get("/api/v1/endpoints")).status()).toBe(401);
  await api.dispose();
  await shot("api-key-revoked");
});
