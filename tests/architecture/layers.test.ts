import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importLoops, libImports, libPart } from "./lib-imports";
import { ABOVE_LIB, LIB_LAYERS, layerOf } from "./layers";

const imports = libImports();

describe("lib/'s imports point one way", () => {
  it("gives every lib/ folder a layer", () => {
    const parts = fs.readdirSync(path.resolve(import.meta.dirname, "../../lib")).map((name) => libPart(`lib/${name}`));
    expect(parts.filter((part) => layerOf(part) < 0)).toEqual([]);
  });

  it("never imports a higher layer", () => {
    const upward = imports
      .filter(({ to }) => !ABOVE_LIB.includes(to))
      .filter(({ from, to }) => layerOf(to) > layerOf(from))
      .map(({ file, specifier, from, to }) => `${file} imports ${specifier} (${LIB_LAYERS[layerOf(from)]!.name} → ${LIB_LAYERS[layerOf(to)]!.name})`);
    expect(upward).toEqual([]);
  });

  it("never imports the app, the components, the server or the tests", () => {
    expect(imports.filter(({ to }) => ABOVE_LIB.includes(to)).map(({ file, specifier }) => `${file} imports ${specifier}`)).toEqual([]);
  });

  it("keeps every loop of folders that import each other to at most 4 folders", () => {
    const largest = importLoops(imports)[0] ?? [];
    expect(largest.length, `largest loop: ${largest.join(", ")}`).toBeLessThanOrEqual(4);
  });
});
