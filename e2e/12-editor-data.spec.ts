import { canvasNode, createEndpoint, dropFromPalette, expect, mod, test } from "./fixtures";

/**
 * Issue 14's editor: expressions that know the data (completion from a run at any depth, backticks where a name
 * needs them, the value each field had), the hyphen warning with its fix, branches that end without a Response,
 * the test request kept across reloads, Ctrl+Enter, palette synonyms and a drop that connects.
 */
const GITHUB_PUSH = {
  version: 1,
  nodes: [
    { id: "start", type: "webhook", position: { x: 0, y: 0 }, config: {} },
    { id: "raw", type: "getRawInput", position: { x: 0, y: 130 }, config: { encoding: "json", as: "input" } },
    {
      id: "is_push",
      type: "conditional",
      position: { x: 0, y: 260 },
      config: { condition: '$request.headers.x-github-event = "push"' },
    },
    {
      id: "commits",
      type: "forEach",
      position: { x: -150, y: 400 },
      config: { list: "$input.commits", as: "commit", indexAs: "i" },
    },
    {
      id: "who",
      type: "setVariable",
      position: { x: -300, y: 560 },
      config: { name: "author", value: "$commit.author.name" },
    },
    { id: "ok", type: "response", position: { x: 0, y: 560 }, config: { body: "{ 'ref': $input.ref }" } },
  ],
  edges: [
    { source: "start", sourceHandle: "next", target: "raw" },
    { source: "raw", sourceHandle: "next", target: "is_push" },
    { source: "is_push", sourceHandle: "true", target: "commits" },
    { source: "commits", sourceHandle: "each", target: "who" },
    { source: "commits", sourceHandle: "done", target: "ok" },
  ],
};

const PUSH_BODY = JSON.stringify(
  {
    ref: "refs/heads/main",
    commits: [
      { id: "a1", message: "Fix", author: { name: "Ada", email: "ada@example.com" } },
      { id: "b2", message: "Docs", author: { name: "Bo", email: "bo@example.com", username: "bo" } },
    ],
    repository: { full_name: "acme/site" },
  },
  null,
  2,
);

test("a GitHub push receiver: warnings, a run, values under fields, completion from the run, the fix", async ({
  page,
  request,
  shot,
}) => {
  const endpoint = await createEndpoint(request, "GitHub push", GITHUB_PUSH);
  await page.goto(`/endpoints/${endpoint.id}`);
  await expect(canvasNode(page, "is_push")).toBeVisible();
  await expect(page.getByRole("tab", { name: "Settings" })).toHaveText("Settings");

  // Before any run: the Problems panel names the unanswered branch and the header read as a subtraction.
  await page.getByRole("tab", { name: /Problems/ }).click();
  const warnings = page.getByTestId("problems-warning");
  await expect(warnings).toContainText(
    'the "false" branch ends without a Response node, so the caller gets 200 {"ok":true}',
  );
  await expect(warnings).toContainText('"x-github-event" is read as a subtraction');
  await expect(canvasNode(page, "is_push").getByTestId("node-problem-badge")).toBeVisible();
  await shot("problems-before-run");

  // The test request: GitHub's push, with its event header; Ctrl+Enter runs it from the body field.
  await page.getByRole("tab", { name: "Test", exact: true }).click();
  const body = page.getByRole("textbox", { name: /^Body/ });
  await body.fill(PUSH_BODY);
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await page.getByLabel("Header name").last().fill("x-github-event");
  await page.getByLabel("Value of x-github-event").fill("push");
  await page.getByLabel("Query").fill("source=github");
  await body.focus();
  await page.keyboard.press(`${mod}+Enter`);
  await expect(page.getByTestId("run-status")).toContainText("200");
  await expect(canvasNode(page, "is_push")).toHaveAttribute("data-run-status", "ok");

  // The condition's field: the warning with its fix, and the value it had in the run (false: the header was not read).
  await canvasNode(page, "is_push").click();
  await page.getByRole("tab", { name: "Node" }).click();
  const panel = page.getByRole("tabpanel");
  const condition = panel.getByLabel("Condition");
  await expect(panel.getByTestId("expression-lint")).toContainText("needs backticks: `x-github-event`");
  await expect(panel.getByTestId("expression-preview")).toContainText("Last test:");
  await expect(panel.getByTestId("expression-preview")).toContainText("false");
  await shot("hyphen-warning-and-value");
  await panel.getByTestId("expression-lint").getByRole("button", { name: "Fix" }).click();
  await expect(condition).toHaveValue('$request.headers.`x-github-event` = "push"');
  await expect(panel.getByTestId("expression-lint")).toHaveCount(0);
  await expect(panel.getByTestId("expression-preview")).toContainText("before this edit");

  // Completion from the run: header names (backticked), fields at depth through a list, the query.
  await condition.fill("");
  await condition.pressSequentially("$request.headers.x-gi");
  await expect(page.getByRole("option", { name: /^`x-github-event` string · "push"/ })).toBeVisible();
  await shot("header-completion");
  await condition.press("Enter");
  await expect(condition).toHaveValue("$request.headers.`x-github-event`");
  await condition.pressSequentially(' = "push" and $input.commits[0].author.');
  await expect(page.getByRole("option", { name: /^name string · "Ada"/ })).toBeVisible();
  await expect(page.getByRole("option", { name: /^email\b/ })).toBeVisible();
  await expect(page.getByRole("option", { name: /^username\b/ })).toBeVisible();
  await shot("deep-field-completion");
  await condition.press("Escape");
  await condition.fill('$request.headers.`x-github-event` = "push" and $request.query.source = "github"');

  // Ctrl+Enter from the expression field: the value under it is now the new run's.
  await page.keyboard.press(`${mod}+Enter`);
  await expect(panel.getByTestId("expression-preview")).toContainText("true");
  await expect(panel.getByTestId("expression-preview")).not.toContainText("before this edit");
  await expect(canvasNode(page, "commits")).toHaveAttribute("data-run-status", "ok");

  // Inside the loop's branch: the loop variable's fields, from the items the run went through.
  await canvasNode(page, "who").click();
  const value = panel.getByLabel("Value");
  await expect(panel.getByTestId("expression-preview")).toContainText('"Ada"');
  await value.fill("");
  await value.pressSequentially("$commit.author.");
  await expect(page.getByRole("option", { name: /^email\b/ })).toBeVisible();
  await expect(page.getByRole("option", { name: /^username\b/ })).toBeVisible();
  await shot("loop-variable-completion");
  await value.press("Enter");
  await expect(value).toHaveValue("$commit.author.name");

  // A comparison with a field the run did not have says so.
  await canvasNode(page, "is_push").click();
  await condition.fill('$request.headers.x_event = "push"');
  await expect(panel.getByTestId("expression-absent")).toContainText(
    "$request.headers.x_event was absent in the last test run",
  );
  await condition.fill('$request.headers.`x-github-event` = "push"');

  // The unanswered false branch: a Response dropped while the condition is selected is connected to it.
  await expect(canvasNode(page, "is_push")).toHaveClass(/selected/);
  const edges = await page.locator(".react-flow__edge").count();
  await dropFromPalette(page, "response", { x: 420, y: 420 });
  await expect(page.locator(".react-flow__edge")).toHaveCount(edges + 1);
  await expect(page.locator('.react-flow__edge[data-testid*="is_push:false->response_1"]')).toHaveCount(1);
  await page.getByRole("button", { name: "Auto-layout" }).click();
  await page.getByRole("tab", { name: /Problems/ }).click();
  await expect(page.getByText("No problems")).toBeVisible();
  await shot("false-branch-answered");

  // The palette finds nodes by the words a newcomer uses.
  const search = page.getByLabel("Search nodes");
  for (const [word, type] of [
    ["respond", "response"],
    ["if", "conditional"],
    ["loop", "forEach"],
    ["insert", "addRecord"],
  ] as const) {
    await search.fill(word);
    await expect(page.locator("[data-palette-type]").first()).toHaveAttribute("data-palette-type", type);
  }
  await search.fill("if");
  await shot("palette-synonyms");
  await search.fill("");

  // The test request survives a reload; the latest run gives the fields their values again.
  await page.keyboard.press(`${mod}+s`);
  await expect(page.getByTestId("saved-marker")).toBeVisible();
  await page.reload();
  await page.getByRole("tab", { name: "Test", exact: true }).click();
  await expect(page.getByRole("textbox", { name: /^Body/ })).toHaveValue(PUSH_BODY);
  await expect(page.getByLabel("Value of x-github-event")).toHaveValue("push");
  await expect(page.getByLabel("Query")).toHaveValue("source=github");
  await canvasNode(page, "who").click();
  await page.getByRole("tab", { name: "Node" }).click();
  await expect(panel.getByTestId("expression-preview")).toContainText("Last run:");
  await shot("after-reload");
});

test("an empty stack shows the onboarding hint clear of the minimap", async ({ page, request, shot }) => {
  const endpoint = await createEndpoint(request, "Empty stack");
  await page.goto(`/endpoints/${endpoint.id}`);
  const hint = page.getByTestId("canvas-hint");
  await expect(hint).toBeVisible();
  await expect(page.getByTestId("canvas-skeleton")).toHaveCount(0);
  await expect(page.locator(".react-flow__minimap")).toBeVisible();
  const a = (await hint.boundingBox())!;
  const b = (await page.locator(".react-flow__minimap").boundingBox())!;
  const overlaps = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  expect(overlaps).toBe(false);
  // An empty stack answers the default: the Problems panel says so at the Webhook.
  await page.getByRole("tab", { name: /Problems/ }).click();
  await expect(page.getByTestId("problems-warning")).toContainText("the run ends here without a Response node");
  await shot("empty-stack");
});
