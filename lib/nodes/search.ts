import type { AnyNodeDefinition } from "./define";

/**
 * How well a node type answers a palette search: its title, then the words a newcomer would use for it (the
 * catalog's `keywords`: "respond" finds Response, "if" the Conditional), then, for longer queries, its type,
 * description and category. Lower is better; undefined is no match. Short queries match words only, so "if"
 * does not find "Verify signature".
 */
function score(def: AnyNodeDefinition, q: string): number | undefined {
  const title = def.title.toLowerCase();
  const keywords = def.keywords ?? [];
  if (title === q || keywords.includes(q)) return 0;
  if (title.startsWith(q)) return 1;
  const words = [...title.split(/\s+/), ...keywords.flatMap((k) => [k, ...k.split(/\s+/)])];
  if (words.some((w) => w.startsWith(q))) return 2;
  if (q.length < 3) return undefined;
  return [def.type, def.description, def.category].some((s) => s.toLowerCase().includes(q)) ? 3 : undefined;
}

/** The node types that match `query`, best first, in catalog order among equals; all of them for an empty query. */
export function searchNodes<D extends AnyNodeDefinition>(defs: readonly D[], query: string): D[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...defs];
  return defs
    .map((def, i) => ({ def, i, s: score(def, q) }))
    .filter((m): m is { def: D; i: number; s: number } => m.s !== undefined)
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .map((m) => m.def);
}
