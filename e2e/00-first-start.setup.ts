import { writeFileSync } from "node:fs";
import { SCOPES } from "@/lib/access/scopes";
import { API_KEY_FILE, OWNER, OWNER_STATE } from "./access-files";
import { expect, test } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

test("first start: every page leads to setup; the owner sets up and lands on the endpoints", async ({
  page,
  baseURL,
  shot,
}) => {
  await page.goto("/endpoints");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Set up Hookstack" })).toBeVisible();
  await page.goto("/sign-in");
  await expect(page).toHaveURL(/\/setup$/);
  await shot("setup-page");

  await page.getByLabel("Your name").fill(OWNER.name);
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password (8 characters or more)").fill(OWNER.password);
  await page.getByRole("button", { name: "Create owner account" }).click();
  await expect(page).toHaveURL(/\/endpoints$/);
  await expect(page.getByTestId("workspace-switcher")).toContainText("Default workspace");
  await shot("signed-in-as-owner");

  // Setup is over: the page now leads to sign-in, and the API refuses a second owner.
  const again = await page.request.post("/api/v1/setup", {
    data: { ...OWNER, email: "second@hookstack.test" },
    headers: { origin: baseURL! },
  });
  expect(again.status()).toBe(409);

  const key = await page.request.post("/api/v1/keys", {
    data: { name: "e2e specs", scopes: SCOPES },
    headers: { origin: baseURL! },
  });
  expect(key.status()).toBe(201);
  writeFileSync(API_KEY_FILE, ((await key.json()) as { key: string }).key);
  await page.context().storageState({ path: OWNER_STATE });
});
