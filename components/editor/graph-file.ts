import { parseGraph } from "@/lib/graph/validate";
import type { TGraph } from "@/lib/graph/schema";
import { z } from "zod";
import { ZTestCaseInput, type TTestCaseInput } from "@/lib/test-cases/schema";

/**
 * Saves the graph as a pretty-printed JSON file through the browser's download, with the endpoint's test suite as
 * `tests` beside the graph's own fields (a graph reader ignores it), so the suite travels with the stack.
 */
export function downloadGraph(graph: TGraph, name: string, tests: readonly TTestCaseInput[] = []) {
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "function-stack";
  const file = tests.length ? { ...graph, tests } : graph;
  const blob = new Blob([JSON.stringify(file, null, 2) + "\n"], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = `${slug}.hookstack.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type TImportResult = { ok: true; graph: TGraph; tests: TTestCaseInput[] } | { ok: false; message: string };

const ZFileTests = z.array(ZTestCaseInput);

/**
 * Reads an exported graph. Also accepts the API's endpoint JSON (`{ draft }`) or `{ graph }`, so a file saved from
 * the API imports too. Only the shape must be right: a graph with errors imports and shows its problems.
 */
export function readGraphFile(text: string): TImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: "The file is not valid JSON." };
  }
  const candidate =
    json && typeof json === "object" && !("nodes" in json)
      ? ((json as { graph?: unknown; draft?: unknown }).graph ?? (json as { draft?: unknown }).draft ?? json)
      : json;
  const parsed = parseGraph(candidate);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    return {
      ok: false,
      message: first
        ? `Not a Hookstack graph: ${first.path ? `${first.path}: ` : ""}${first.message}`
        : "Not a Hookstack graph.",
    };
  }
  const rawTests = (json as { tests?: unknown }).tests ?? (candidate as { tests?: unknown }).tests;
  const tests = rawTests === undefined ? undefined : ZFileTests.safeParse(rawTests);
  if (tests && !tests.success)
    return {
      ok: false,
      message: `The file's tests are not valid: ${tests.error.issues[0]?.message ?? "unknown problem"}`,
    };
  return { ok: true, graph: parsed.graph, tests: tests?.data ?? [] };
}
