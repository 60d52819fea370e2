import { createServer } from "node:http";
import { Webhook } from "standardwebhooks";
import { expect, test } from "./fixtures";

/** playwright.config.ts allows exactly this loopback port for outbound deliveries. */
const RECEIVER_PORT = Number(process.env.E2E_PORT || 3100) + 1000;

/** Issue 12 in the browser: create a subscription, send a test event, read its log, redeliver. */
test("a webhook subscription: create it, send a test event, read the delivery log, redeliver", async ({
  page,
  shot,
}) => {
  let secret = "";
  const calls: { verified: boolean }[] = [];
  // Fails its first call, then answers 200; checks every signature with the standardwebhooks library.
  const receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      let verified: boolean;
      try {
        new Webhook(secret).verify(body, req.headers as Record<string, string>);
        verified = true;
      } catch {
        verified = false; // a bad signature: counted, and the test fails on it below
      }
      calls.push({ verified });
      res.writeHead(calls.length === 1 ? 500 : 200, { "content-type": "application/json" });
      res.end(JSON.stringify(calls.length === 1 ? { error: "database busy" } : { received: true }));
    });
  });
  await new Promise<void>((r) => receiver.listen(RECEIVER_PORT, "127.0.0.1", r));
  try {
    await page.goto("/webhooks");
    await expect(page.getByRole("heading", { name: "Webhooks" })).toBeVisible();
    await page.getByRole("button", { name: "New webhook" }).click();
    await page.getByLabel("URL").fill(`http://127.0.0.1:${RECEIVER_PORT}/hook`);
    await page.getByLabel("Events").fill("webhook.test, record.*");
    await page.getByLabel("Name").fill("Billing service");
    await shot("create-form");
    await page.getByRole("button", { name: "Create webhook" }).click();

    const shown = page.getByTestId("webhook-secret");
    await expect(shown).toHaveText(/^whsec_/);
    secret = (await shown.textContent())!;
    await shot("secret-shown-once");
    await page.getByRole("button", { name: "Done" }).click();

    await expect(page.getByRole("heading", { name: "Billing service" })).toBeVisible();
    await page.getByRole("button", { name: "Send test event" }).click();
    await expect(page.getByText("Test event failed: 500")).toBeVisible();
    const row = page.locator("tr[data-delivery-id]").first();
    await expect(row).toContainText("webhook.test");
    await expect(row).toContainText("pending");
    await row.click();
    const timeline = page.getByTestId("attempt-timeline");
    await expect(timeline.getByTestId("attempt")).toHaveCount(1);
    await expect(timeline).toContainText("database busy");
    await expect(timeline).toContainText("webhook-signature: v1,");
    await expect(timeline).toContainText("next retry");
    await shot("log-with-failed-attempt");

    await row.getByRole("button", { name: "Redeliver" }).click();
    await expect(row).toContainText("delivered", { timeout: 15_000 });
    await expect(timeline.getByTestId("attempt")).toHaveCount(2);
    await expect(timeline).toContainText('"received":true');
    await shot("redelivered");

    await page.getByRole("combobox", { name: "Status" }).selectOption("failed");
    await expect(page.getByText("No deliveries match.")).toBeVisible();
    await page.getByRole("combobox", { name: "Status" }).selectOption("delivered");
    await expect(page.locator("tr[data-delivery-id]")).toHaveCount(1);
    expect(calls.length).toBe(2);
    expect(calls.every((c) => c.verified)).toBe(true);

    await page.getByRole("button", { name: "Pause" }).click();
    await expect(page.getByRole("button", { name: "Resume" })).toBeVisible();
    await page.getByRole("link", { name: "← Webhooks" }).click();
    await expect(page.locator("tr[data-webhook-id]")).toContainText("paused");
    await shot("list");
  } finally {
    await new Promise((r) => receiver.close(r));
  }
});
