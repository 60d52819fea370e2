import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importLoops, libImports, libPart } from "./lib-imports";
import { ABOVE_LIB, layerOf, upwardImports } from "./layers";

const imports = libImports();

describe("lib/'s imports point one way", () => {
  it("gives every lib/ folder a layer", () => {
    const parts = fs.readdirSync(path.resolve(import.meta.dirname, "../../lib")).map((name) => libPart(`lib/${name}`));
    expect(parts.filter((part) => layerOf(part) < 0)).toEqual([]);
  });

  it("never imports a higher layer", () => {
    expect(upwardImports(imports)).toEqual([]);
  });

  it("never imports the app, the components, the server or the tests", () => {
    expect(
      imports.filter(({ to }) => ABOVE_LIB.includes(to)).map(({ file, specifier }) => `${file} imports ${specifier}`),
    ).toEqual([]);
  });

  it("keeps every loop of folders that import each other to at most 4 folders", () => {
    const largest = importLoops(imports)[0] ?? [];
    expect(largest.length, `largest loop: ${largest.join(", ")}`).toBeLessThanOrEqual(4);
  });
});

describe("the import check itself", () => {
  it("names a verb importing the HTTP edge, and a loop of five folders", () => {
    const edge = { file: "lib/endpoints/x.ts", from: "endpoints", to: "api", specifier: "@/lib/api/errors" };
    expect(upwardImports([edge])).toEqual(["lib/endpoints/x.ts imports @/lib/api/errors (verbs → edges)"]);
    const ring = ["graph", "nodes", "engine", "runs", "queue"].map((from, i, all) => ({
      file: "",
      from,
      to: all[(i + 1) % all.length]!,
      specifier: "",
    }));
    expect(importLoops(ring)[0]).toHaveLength(5);
  });
});
