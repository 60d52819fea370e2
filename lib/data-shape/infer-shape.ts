/**
 * The shape of a JSON value seen in a run or a sample: enough to complete field names at any depth and to say
 * what a field held (`string · "push"`). Arrays merge the shapes of their items, so a field present in any item
 * is offered; objects keep their keys in the order first seen.
 */
export type TShape =
  | { type: "object"; fields: Record<string, TShape> }
  | { type: "array"; length: number; items?: TShape }
  | { type: "string" | "number" | "boolean" | "null"; example: unknown }
  | { type: "mixed"; types: string[] };

/** Items and keys looked at per level: a 10,000-item list needs no more to say what its items look like. */
const MAX_ITEMS = 50;
const MAX_KEYS = 200;
const MAX_DEPTH = 20;

export function inferShape(value: unknown, depth = 0): TShape {
  if (value === null || value === undefined) return { type: "null", example: null };
  if (Array.isArray(value)) {
    let items: TShape | undefined;
    if (depth < MAX_DEPTH)
      for (const item of value.slice(0, MAX_ITEMS)) items = mergeShapes(items, inferShape(item, depth + 1));
    return items ? { type: "array", length: value.length, items } : { type: "array", length: value.length };
  }
  if (typeof value === "object") {
    const fields: Record<string, TShape> = Object.create(null) as Record<string, TShape>;
    if (depth < MAX_DEPTH) {
      for (const [key, v] of Object.entries(value).slice(0, MAX_KEYS)) fields[key] = inferShape(v, depth + 1);
    }
    return { type: "object", fields };
  }
  if (typeof value === "string") return { type: "string", example: value };
  if (typeof value === "number") return { type: "number", example: value };
  if (typeof value === "boolean") return { type: "boolean", example: value };
  return { type: "null", example: null };
}

const typesOf = (s: TShape): string[] => (s.type === "mixed" ? s.types : [s.type]);

/** One shape that covers both: fields of either object, items of either list; differing kinds become `mixed`. */
export function mergeShapes(a: TShape | undefined, b: TShape): TShape {
  if (!a) return b;
  if (a.type === "object" && b.type === "object") {
    const fields: Record<string, TShape> = Object.create(null) as Record<string, TShape>;
    for (const [k, v] of Object.entries(a.fields)) fields[k] = v;
    for (const [k, v] of Object.entries(b.fields)) fields[k] = mergeShapes(fields[k], v);
    return { type: "object", fields };
  }
  if (a.type === "array" && b.type === "array") {
    const items = b.items ? mergeShapes(a.items, b.items) : a.items;
    const length = Math.max(a.length, b.length);
    return items ? { type: "array", length, items } : { type: "array", length };
  }
  // A null beside a value is an optional value: keep what it holds when present.
  if (a.type === "null") return b;
  if (b.type === "null") return a;
  if (a.type === b.type) return a;
  return { type: "mixed", types: [...new Set([...typesOf(a), ...typesOf(b)])] };
}

/** One step of a path: a field name, or an index into a list (`[0]`). */
export type TPathStep = { field: string } | { index: number };

/**
 * The shape at `steps` under `shape`, read as JSONata reads paths: a field of a list is that field of its items.
 * `undefined` when the data had no such field; `null` when the shape cannot say (mixed values).
 */
export function shapeAt(shape: TShape, steps: readonly TPathStep[]): TShape | undefined | null {
  let current: TShape = shape;
  for (const step of steps) {
    if (current.type === "array") {
      if (!current.items) return undefined;
      current = current.items;
      if ("index" in step) continue;
    } else if ("index" in step) continue; // JSONata treats a lone value as a one-item list.
    if (current.type === "mixed") return null;
    if (current.type !== "object" || !("field" in step)) return undefined;
    const next: TShape | undefined = Object.hasOwn(current.fields, step.field) ? current.fields[step.field] : undefined;
    if (!next) return undefined;
    current = next;
  }
  return current;
}

/** The fields a `.` after this shape can name: an object's keys, or its items' keys for a list of objects. */
export function fieldsOf(shape: TShape): [string, TShape][] {
  const target = shape.type === "array" ? shape.items : shape;
  return target?.type === "object" ? Object.entries(target.fields) : [];
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A short description for a completion list: `string · "push"`, `list of 3 objects`, `object · 4 fields`. */
export function describeShape(shape: TShape): string {
  switch (shape.type) {
    case "object": {
      const n = Object.keys(shape.fields).length;
      return `object · ${n} field${n === 1 ? "" : "s"}`;
    }
    case "array": {
      const kind = shape.items ? (shape.items.type === "mixed" ? "values" : `${shape.items.type}s`) : "items";
      return `list of ${shape.length} ${kind}`;
    }
    case "mixed":
      return shape.types.join(" | ");
    case "null":
      return "null";
    default:
      return `${shape.type} · ${clip(JSON.stringify(shape.example), 40)}`;
  }
}
