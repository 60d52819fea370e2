import { createEndpoint, expect, test } from "./fixtures";

/** webhook → response: a stack that answers 200 when it runs. */
const SIMPLE_GRAPH = {
  version: 1,
  nodes: [
    { id: "start", type: "webhook", position: { x: 0, y: 0 }, config: {} },
    { id: "ok", type: "response", position: { x: 0, y: 160 }, config: { status: "200", body: "{ 'ok': true }" } },
  ],
  edges: [{ source: "start", target: "ok" }],
};

/** Issue 5 without the API: the Settings tab switches on background processing and a rate limit. */
test("the Settings tab turns on background processing and a rate limit", async ({
  page,
  request,
  shot,
  baseURL,
  consoleErrors,
}) => {
  const endpoint = await createEndpoint(request, "Settings e2e", SIMPLE_GRAPH);
  expect((await request.post(`/api/v1/endpoints/${endpoint.id}/publish`)).ok()).toBeTruthy();

  await page.goto(`/endpoints/${endpoint.id}`);
  await page.getByRole("tab", { name: "Settings" }).click();
  const panel = page.getByRole("form", { name: "Endpoint settings" });
  await expect(panel.getByRole("checkbox", { name: "POST" })).toBeChecked();
  await expect(panel.getByRole("radio", { name: /Run the stack, then answer/ })).toBeChecked();
  const save = panel.getByRole("button", { name: "Save settings" });
  await expect(save).toBeDisabled();
  await expect(panel.getByLabel("Steps per run")).toHaveAttribute("placeholder", "1000 (server max)");
  await shot("defaults");

  // Background mode with 3 attempts, and at most 2 requests a minute; all from the keyboard where it matters.
  await panel.getByRole("radio", { name: /Respond immediately, run in the background/ }).check();
  await expect(panel.getByText("stored before it is answered")).toBeVisible();
  await panel.getByLabel("Max attempts").fill("3");
  await panel.getByRole("switch", { name: "Rate limit" }).focus();
  await page.keyboard.press("Space");
  await expect(panel.getByRole("switch", { name: "Rate limit" })).toHaveAttribute("aria-checked", "true");
  await panel.getByLabel("Max requests").fill("2");
  await panel.getByLabel("Window (seconds)").fill("60");
  await expect(save).toBeEnabled();
  await shot("background-and-rate-limit");
  await save.click();
  await expect(panel.getByRole("status")).toHaveText("Settings saved");
  await expect(save).toBeDisabled();
  await shot("saved");

  const stored = (await (await request.get(`/api/v1/endpoints/${endpoint.id}`)).json()) as { settings: unknown };
  expect(stored.settings).toEqual({ mode: "background", maxAttempts: 3, rateLimit: { limit: 2, windowSeconds: 60 } });

  // The live URL: answered at once with 202, and the third request in the minute is refused.
  const send = () =>
    fetch(`${baseURL}/hooks/${endpoint.id}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"n":1}',
    });
  const first = await send();
  expect(first.status).toBe(202);
  const accepted = (await first.json()) as { accepted: boolean; requestId: string };
  expect(accepted.accepted).toBe(true);
  expect(typeof accepted.requestId).toBe("string");
  expect((await send()).status).toBe(202);
  const third = await send();
  expect(third.status).toBe(429);
  expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);

  // Persisted: a reload shows them.
  await page.reload();
  await page.getByRole("tab", { name: "Settings" }).click();
  await expect(panel.getByRole("radio", { name: /Respond immediately/ })).toBeChecked();
  await expect(panel.getByLabel("Max attempts")).toHaveValue("3");
  await expect(panel.getByRole("switch", { name: "Rate limit" })).toHaveAttribute("aria-checked", "true");
  await expect(panel.getByLabel("Max requests")).toHaveValue("2");
  await shot("reloaded");

  // An accepted status outside 200–299: the server's message next to the field, nothing saved.
  const status = panel.getByLabel("Accepted status");
  await status.fill("500");
  await save.click();
  await expect(status).toHaveAttribute("aria-invalid", "true");
  await expect(status).toBeFocused();
  await expect(status).toBeInViewport();
  await expect(panel.locator('[data-field="acceptedResponse.status"]').getByRole("alert")).toContainText("299");
  await expect(panel.getByRole("status")).toHaveText("Unsaved settings");
  await shot("server-error");
  const after = (await (await request.get(`/api/v1/endpoints/${endpoint.id}`)).json()) as { settings: unknown };
  expect(after.settings).toEqual(stored.settings);

  // The 400 is the expected answer here; anything else in the console still fails the test.
  const unexpected = consoleErrors.filter((e) => !/status of 400/.test(e));
  consoleErrors.splice(0, consoleErrors.length, ...unexpected);
});

for (const scheme of ["light", "dark"] as const) {
  test(`the Settings tab in ${scheme} mode`, async ({ page, request, shot }) => {
    await page.emulateMedia({ colorScheme: scheme });
    // An unconnected node: a warning, so the Problems tab carries its count and the strip is at its widest.
    const orphan = { id: "spare", type: "response", position: { x: 240, y: 160 }, config: { status: "204" } };
    const endpoint = await createEndpoint(request, `Settings ${scheme}`, {
      ...SIMPLE_GRAPH,
      nodes: [...SIMPLE_GRAPH.nodes, orphan],
    });
    const settings = {
      mode: "background",
      maxAttempts: 3,
      rateLimit: { limit: 100, windowSeconds: 60 },
      maxBodyBytes: 256 * 1024,
    };
    expect((await request.patch(`/api/v1/endpoints/${endpoint.id}`, { data: { settings } })).ok()).toBeTruthy();
    await page.goto(`/endpoints/${endpoint.id}?panel=settings`);
    const panel = page.getByRole("form", { name: "Endpoint settings" });
    await expect(panel.getByLabel("Max body size")).toHaveValue("256");
    await expect(page.getByRole("tab", { name: /^Problems/ })).toContainText("1");
    await expect(page.getByRole("tab", { name: "Settings" })).toBeInViewport({ ratio: 0.95 }); // the tabs overlap the strip’s border by 1px
    const strip = await page
      .getByRole("tablist", { name: "Editor panels" })
      .evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(strip, "every tab fits the strip").toBeLessThanOrEqual(0);
    await shot(`${scheme}-settings`);
    await page.getByRole("tabpanel").evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await shot(`${scheme}-settings-scrolled`);
  });
}
