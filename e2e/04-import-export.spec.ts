import { readFileSync, writeFileSync } from "node:fs";
import { EXAMPLE_GRAPH, canvasNode, createEndpoint, expect, mod, test } from "./fixtures";

type Graph = {
  nodes: { id: string; type: string; position?: unknown; config: unknown }[];
  edges: { source: string; sourceHandle?: string; target: string }[];
};

const shape = (g: Graph) => ({
  nodes: g.nodes.map(({ id, type, position, config }) => ({ id, type, position, config })),
  edges: g.edges.map((e) => `${e.source}:${e.sourceHandle ?? "next"}->${e.target}`).sort(),
});

test("export a graph to a JSON file and import it into another endpoint", async ({ page, request, shot }, info) => {
  const source = await createEndpoint(request, "Export me", EXAMPLE_GRAPH);
  await page.goto(`/endpoints/${source.id}`);
  await expect(canvasNode(page, "save")).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export JSON" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("export-me.hookstack.json");
  const file = info.outputPath("export.json");
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, "utf8")) as Graph & { version: number };
  expect(exported.version).toBe(1);
  expect(shape(exported)).toEqual(shape(EXAMPLE_GRAPH as Graph));

  const target = await createEndpoint(request, "Import here");
  await page.goto(`/endpoints/${target.id}`);
  await expect(page.locator(".react-flow__node")).toHaveCount(1);
  await page.getByTestId("import-file").setInputFiles(file);
  await expect(page.getByText("Imported 7 nodes")).toBeVisible();
  await expect(page.locator(".react-flow__node")).toHaveCount(7);
  await expect(page.locator(".react-flow__edge")).toHaveCount(7);
  await expect(page.getByTestId("dirty-marker")).toBeVisible();
  await shot("imported");

  // An import is one undoable step.
  await page.locator(".react-flow__pane").click({ position: { x: 12, y: 12 } });
  await page.keyboard.press(`${mod}+z`);
  await expect(page.locator(".react-flow__node")).toHaveCount(1);
  await page.keyboard.press(`${mod}+Shift+z`);
  await expect(page.locator(".react-flow__node")).toHaveCount(7);

  await page.keyboard.press(`${mod}+s`);
  await expect(page.getByTestId("saved-marker")).toBeVisible();
  const saved = (await (await request.get(`/api/v1/endpoints/${target.id}`)).json()) as { draft: Graph };
  expect(shape(saved.draft)).toEqual(shape(exported));

  // A file that is not a graph is refused with a reason, and nothing changes.
  const bad = info.outputPath("bad.json");
  writeFileSync(bad, JSON.stringify({ hello: "world" }));
  await page.getByTestId("import-file").setInputFiles(bad);
  await expect(page.getByText("Could not import")).toBeVisible();
  await expect(page.locator(".react-flow__node")).toHaveCount(7);
  await shot("refused");
});
