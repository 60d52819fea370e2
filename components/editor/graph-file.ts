import { parseGraph } from "@/lib/graph/validate";
import type { TGraph } from "@/lib/graph/schema";

/** Saves the graph as a pretty-printed JSON file through the browser's download. */
export function downloadGraph(graph: TGraph, name: string) {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "function-stack";
  const blob = new Blob([JSON.stringify(graph, null, 2) + "\n"], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = `${slug}.hookstack.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type TImportResult = { ok: true; graph: TGraph } | { ok: false; message: string };

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
    return { ok: false, message: first ? `Not a Hookstack graph: ${first.path ? `${first.path}: ` : ""}${first.message}` : "Not a Hookstack graph." };
  }
  return { ok: true, graph: parsed.graph };
}
