import fs from "node:fs";
import path from "node:path";

/** One import from a lib/ source file: the lib/ part (top-level folder or file) it is in and the one it names. */
export type TLibImport = { file: string; from: string; to: string; specifier: string };

const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.test\.tsx?$/;
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+["']([^"']+)["']/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return SOURCE.test(entry.name) && !TEST.test(entry.name) ? [full] : [];
  });
}

/** `lib/engine/plan.ts` → `engine`; `lib/config.ts` → `config`. */
export function libPart(relative: string): string {
  const [, part = ""] = relative.split("/");
  return part.replace(SOURCE, "");
}

/** Where an import specifier points, relative to the repository root, or undefined for packages. */
function target(file: string, specifier: string): string | undefined {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) return path.relative(ROOT, path.resolve(path.dirname(file), specifier));
  return undefined;
}

/** Every import in lib/'s source files (tests excluded) that names a file of the repository. */
export function libImports(): TLibImport[] {
  return sourceFiles(path.join(ROOT, "lib")).flatMap((full) => {
    const file = path.relative(ROOT, full);
    const text = fs.readFileSync(full, "utf8");
    return [...text.matchAll(IMPORT)].flatMap(([, specifier = ""]) => {
      const to = target(full, specifier);
      if (to === undefined) return [];
      return [{ file, from: libPart(file), to: to.startsWith("lib/") ? libPart(to) : to.split("/")[0]!, specifier }];
    });
  });
}

/** The groups of parts that import each other in a loop (Tarjan's strongly connected components), largest first. */
export function importLoops(imports: readonly TLibImport[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const { from, to } of imports) if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const loops: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const loop: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      loop.push(w);
    } while (w !== v);
    if (loop.length > 1) loops.push(loop.sort());
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return loops.sort((a, b) => b.length - a.length);
}
