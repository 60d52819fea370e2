import { test as base, expect, type APIRequestContext, type Browser, type Locator, type Page } from "@playwright/test";
import { createHmac } from "node:crypto";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { API_KEY_FILE } from "./access-files";

export { expect };

type Fixtures = {
  /** Saves a full-page screenshot as a step artifact: e2e/artifacts/steps/<spec>/<nn>-<name>.png. */
  shot(name: string): Promise<void>;
  /** Browser console errors and uncaught exceptions; the test fails if any were seen. */
  consoleErrors: string[];
};

export const test = base.extend<Fixtures>({
  // API calls in specs use the API key the setup project created (the browser uses the owner's session).
  request: async ({ playwright, baseURL }, use) => {
    const key = readFileSync(API_KEY_FILE, "utf8").trim();
    const context = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { authorization: `Bearer ${key}` },
    });
    await use(context);
    await context.dispose();
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error") errors.push(`console.error: ${msg.text()}`);
      });
      page.on("pageerror", (err) => errors.push(`uncaught: ${err.message}`));
      await use(errors);
      expect(errors, "the browser console stayed free of errors").toEqual([]);
    },
    { auto: true },
  ],
  shot: async ({ page }, use, info) => {
    let n = 0;
    const dir = path.join(
      "e2e/artifacts/steps",
      path.basename(info.file, ".spec.ts"),
      info.title.replace(/[^a-z0-9]+/gi, "-").toLowerCase(),
    );
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await use(async (name) => {
      n += 1;
      const file = path.join(dir, `${String(n).padStart(2, "0")}-${name}.png`);
      await page.screenshot({ path: file });
      await info.attach(name, { path: file, contentType: "image/png" });
    });
  },
});

/** The contract's example receiver, as a graph (for specs that start from a built stack): the one copy, shared with the tests. */
export { default as EXAMPLE_GRAPH } from "../tests/support/contract-example.graph.json" with { type: "json" };

export const STRIPE_SECRET = "whsec_e2e_0123456789abcdef";

/** The environment variable and table the example receiver uses, created through the API (idempotent). */
export async function seedStripeResources(request: APIRequestContext) {
  const env = await request.put("/api/v1/env/STRIPE_SECRET", { data: { value: STRIPE_SECRET } });
  expect(env.ok()).toBeTruthy();
  const tables = (await (await request.get("/api/v1/tables")).json()) as { tables: { name: string }[] };
  if (!tables.tables.some((t) => t.name === "invoice_lines")) {
    const created = await request.post("/api/v1/tables", {
      data: {
        name: "invoice_lines",
        fields: [
          { name: "event_id", type: "text", required: true },
          { name: "amount", type: "integer" },
        ],
      },
    });
    expect(created.status()).toBe(201);
  }
}

/** A Stripe-signed request body and its headers, signed like Stripe does: HMAC-SHA256 of "<t>.<body>". */
export function stripeSigned(body: string, secret = STRIPE_SECRET, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex");
  return { "content-type": "application/json", "stripe-signature": `t=${timestamp},v1=${signature}` };
}

export async function createEndpoint(request: APIRequestContext, name: string, graph?: unknown) {
  const res = await request.post("/api/v1/endpoints", { data: graph ? { name, graph, allowErrors: true } : { name } });
  expect(res.status()).toBe(201);
  return (await res.json()) as { id: string; name: string; url: string };
}

export function canvasNode(page: Page, id: string): Locator {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

/** Drags a palette item onto the canvas at a point relative to the canvas's top-left corner. */
export async function dropFromPalette(page: Page, type: string, at: { x: number; y: number }) {
  await page.locator(`[data-palette-type="${type}"]`).dragTo(page.locator(".react-flow__pane"), { targetPosition: at });
}

/** Draws an edge with the mouse: from a node's output handle to another node's input. */
export async function connect(page: Page, from: string, handle: string, to: string) {
  const source = page.locator(
    `.react-flow__node[data-id="${from}"] .react-flow__handle.source[data-handleid="${handle}"]`,
  );
  const target = page.locator(`.react-flow__node[data-id="${to}"] .react-flow__handle.target`);
  const a = (await source.boundingBox())!;
  const b = (await target.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 8 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
}

export const mod = process.platform === "darwin" ? "Meta" : "Control";

/**
 * A second browser signed in as a new viewer of the owner's workspace (invited and accepted through the API), with
 * the browser errors it met: a viewer's page that calls a route refused to viewers logs a 403 there.
 */
export async function viewerPage(browser: Browser, baseURL: string, owner: Page, name = "Vic Viewer") {
  const invitation = await owner.request.post("/api/v1/invitations", {
    data: { email: `viewer-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@hookstack.test`, role: "viewer" },
    headers: { origin: baseURL },
  });
  expect(invitation.status()).toBe(201);
  const { id } = (await invitation.json()) as { id: string };
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, colorScheme: "light" });
  const accepted = await context.request.post(`/api/v1/invitations/${id}/accept`, {
    data: { name, password: "viewer-password-1" },
    headers: { origin: baseURL },
  });
  expect(accepted.ok()).toBeTruthy();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console.error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => errors.push(`uncaught: ${err.message}`));
  return { context, page, errors };
}
