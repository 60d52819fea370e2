import type { TLibImport } from "./lib-imports";

/**
 * The layers of lib/, from the pure core up to the edges (docs/architecture.md explains each). A part may import
 * its own layer and the layers below it, never one above: tests/architecture/layers.test.ts checks every import.
 * A new lib/ folder must be added here, in the layer whose imports it needs.
 */
export const LIB_LAYERS = [
  { name: "base", parts: ["errors", "ids", "limits", "log", "json", "samples", "format"] },
  {
    name: "core",
    parts: [
      "expressions",
      "signatures",
      "graph",
      "nodes",
      "engine",
      "table-schema",
      "records",
      "data-shape",
      "test-cases",
    ],
  },
  {
    name: "adapters",
    parts: [
      "config",
      "db",
      "http",
      "secrets",
      "coordination",
      "run-store",
      "run-stats",
      "settings",
      "workspaces",
      "starters",
      "webhooks",
    ],
  },
  { name: "runtime", parts: ["runtime", "runs", "queue"] },
  {
    name: "verbs",
    parts: ["endpoints", "history", "tables", "env", "auth", "access", "api-keys", "accounts", "test-suites"],
  },
  { name: "edges", parts: ["ingress", "api", "editor-store"] },
] as const;

/** Outside lib/: what lib/ must never import (they import lib/, not the other way round). */
export const ABOVE_LIB = ["app", "components", "server", "server.ts", "scripts", "tests", "e2e", "bench"];

export function layerOf(part: string): number {
  return LIB_LAYERS.findIndex((layer) => (layer.parts as readonly string[]).includes(part));
}

/** The imports that point from a lower layer up to a higher one, as readable lines. */
export function upwardImports(imports: readonly TLibImport[]): string[] {
  return imports
    .filter(({ to }) => !ABOVE_LIB.includes(to))
    .filter(({ from, to }) => layerOf(to) > layerOf(from))
    .map(
      ({ file, specifier, from, to }) =>
        `${file} imports ${specifier} (${LIB_LAYERS[layerOf(from)]!.name} → ${LIB_LAYERS[layerOf(to)]!.name})`,
    );
}
