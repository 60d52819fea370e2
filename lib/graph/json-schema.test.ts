import { describe, expect, it } from "vitest";
import { NODE_DEFINITIONS } from "@/lib/nodes/catalog";
import { CONTRACT_EXAMPLE_GRAPH } from "@/tests/api/fixtures";
import { graphJsonSchema } from "./json-schema";

type S = Record<string, any>;

/**
 * A deliberately small JSON Schema checker covering the keywords the generated schema uses, so the test needs
 * no validator dependency. Unknown keywords fail loudly rather than pass silently.
 */
const HANDLED = new Set([
  "$schema",
  "title",
  "description",
  "default",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "propertyNames",
  "items",
  "const",
  "enum",
  "oneOf",
  "anyOf",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "maxItems",
  "minItems",
  "exclusiveMinimum",
  "exclusiveMaximum",
]);

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

function check(schema: S, value: unknown, at = "$"): string[] {
  for (const key of Object.keys(schema))
    if (!HANDLED.has(key)) throw new Error(`checker does not know "${key}" (at ${at})`);
  const errors: string[] = [];
  const t = typeOf(value);
  if (schema.type && !(schema.type === t || (schema.type === "number" && t === "integer")))
    return [`${at}: expected ${schema.type}, got ${t}`];
  if ("const" in schema && value !== schema.const) errors.push(`${at}: expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${at}: not one of ${schema.enum.join(", ")}`);
  if (typeof value === "string") {
    if (schema.pattern && !new RegExp(schema.pattern, "u").test(value))
      errors.push(`${at}: does not match ${schema.pattern}`);
    if (schema.minLength !== undefined && value.length < schema.minLength) errors.push(`${at}: too short`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) errors.push(`${at}: too long`);
  }
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${at}: below minimum`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${at}: above maximum`);
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) errors.push(`${at}: too many items`);
    if (schema.items) value.forEach((item, i) => errors.push(...check(schema.items, item, `${at}[${i}]`)));
  }
  if (t === "object") {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in obj)) errors.push(`${at}: missing ${key}`);
    for (const [key, v] of Object.entries(obj)) {
      if (schema.propertyNames) errors.push(...check(schema.propertyNames, key, `${at}{${key}}`));
      if (schema.properties?.[key]) errors.push(...check(schema.properties[key], v, `${at}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${at}: unknown property ${key}`);
      else if (typeof schema.additionalProperties === "object")
        errors.push(...check(schema.additionalProperties, v, `${at}.${key}`));
    }
  }
  if (schema.oneOf) {
    const passing = schema.oneOf.filter((s: S) => check(s, value, at).length === 0).length;
    if (passing !== 1) errors.push(`${at}: matches ${passing} of oneOf, expected exactly 1`);
  }
  if (schema.anyOf && !schema.anyOf.some((s: S) => check(s, value, at).length === 0))
    errors.push(`${at}: matches none of anyOf`);
  return errors;
}

describe("graphJsonSchema", () => {
  const schema = graphJsonSchema() as S;
  const variants: S[] = schema.properties.nodes.items.oneOf;

  it("is draft 2020-12 with one oneOf variant per node type, discriminated by type", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(variants.map((v) => v.properties.type.const)).toEqual(NODE_DEFINITIONS.map((d) => d.type));
    for (const v of variants) {
      expect(v.required).toEqual(expect.arrayContaining(["id", "type"]));
      expect(v.properties.config.type).toBe("object");
      expect(v.properties.config.additionalProperties).toBe(false);
    }
  });

  it("carries each node's config fields, with required ones required", () => {
    const byType = new Map(variants.map((v) => [v.properties.type.const, v.properties.config]));
    for (const def of NODE_DEFINITIONS) {
      const config = byType.get(def.type)!;
      expect(Object.keys(config.properties).sort()).toEqual(Object.keys(def.fields).sort());
      const required = Object.entries(def.fields).filter(([, f]) => f.ui.required);
      for (const [name, field] of required) {
        if (field.schema.safeParse(undefined).success) continue; // has a default
        expect(config.required ?? []).toContain(name);
      }
    }
    expect(byType.get("conditional").required).toContain("condition");
  });

  it("accepts the contract's example graph", () => {
    expect(check(schema, CONTRACT_EXAMPLE_GRAPH)).toEqual([]);
  });

  it("rejects unknown node types, unknown config fields, bad enum values and missing required config", () => {
    const withNode = (node: S) => ({ version: 1, nodes: [node], edges: [] });
    expect(check(schema, withNode({ id: "x", type: "teleport", config: {} }))).not.toEqual([]);
    expect(check(schema, withNode({ id: "x", type: "webhook", config: { nope: 1 } }))).not.toEqual([]);
    expect(check(schema, withNode({ id: "x", type: "getRawInput", config: { encoding: "xml" } }))).not.toEqual([]);
    expect(check(schema, withNode({ id: "x", type: "conditional", config: {} }))).not.toEqual([]);
    expect(check(schema, withNode({ id: "bad id!", type: "webhook", config: {} }))).not.toEqual([]);
    expect(check(schema, { version: 2, nodes: [], edges: [] })).not.toEqual([]);
  });
});
