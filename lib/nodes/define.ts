import { z } from "zod";
import type { FieldSpec } from "./fields";

export type NodeCategory = "input" | "security" | "flow" | "data" | "network" | "output";

export const CATEGORY_ORDER: readonly NodeCategory[] = ["input", "security", "flow", "data", "network", "output"];

/** A variable a node makes available: after it runs (`after`), or only on its `each` branch (loop variables). */
export type TVariableDecl = { name: string; scope: "after" | "each"; description: string };

export type THandle = { id: string; label: string };

/** The handle every node that can fail may connect: the run continues there with `$error`. */
export const ERROR_HANDLE: THandle = { id: "error", label: "error" };

type Shape<F extends Record<string, FieldSpec>> = { [K in keyof F]: F[K]["schema"] };

export type NodeDefinition<
  T extends string = string,
  F extends Record<string, FieldSpec> = Record<string, FieldSpec>,
> = {
  type: T;
  title: string;
  description: string;
  category: NodeCategory;
  /** A short glyph shown on the canvas and in the palette. */
  icon: string;
  /** Words a newcomer may search the palette with (respond, if, loop, insert): lower case, besides the title. */
  keywords?: readonly string[];
  fields: F;
  configSchema: z.ZodObject<Shape<F>, z.core.$strict>;
  /** Outgoing handles, in display order (the error handle is added by `canFail`). */
  handles: readonly THandle[];
  /**
   * For nodes whose outputs come from their config (a switch's cases): the handles for this config, which may be
   * half-edited. Without it, `handles` is all there is.
   */
  handlesFor?(config: Readonly<Record<string, unknown>>): readonly THandle[];
  canFail: boolean;
  /** False only for the start node, which nothing may point at. */
  hasInput: boolean;
  /** Writes or sends something: skipped (and described instead) in a dry run. */
  hasSideEffects: boolean;
  variables(config: z.infer<z.ZodObject<Shape<F>>>): TVariableDecl[];
  /** One line describing the config, shown on the canvas node. */
  summary(config: z.infer<z.ZodObject<Shape<F>>>): string;
};

export type AnyNodeDefinition = NodeDefinition<string, Record<string, FieldSpec>>;

export type ConfigOf<D extends AnyNodeDefinition> = z.infer<D["configSchema"]>;

type DefineInput<T extends string, F extends Record<string, FieldSpec>> = Omit<
  NodeDefinition<T, F>,
  "configSchema" | "canFail" | "hasInput" | "hasSideEffects" | "variables"
> &
  Partial<Pick<NodeDefinition<T, F>, "canFail" | "hasInput" | "hasSideEffects" | "variables">>;

export function defineNode<const T extends string, F extends Record<string, FieldSpec>>(
  input: DefineInput<T, F>,
): NodeDefinition<T, F> {
  const shape = Object.fromEntries(Object.entries(input.fields).map(([k, f]) => [k, f.schema])) as Shape<F>;
  return {
    canFail: true,
    hasInput: true,
    hasSideEffects: false,
    variables: () => [],
    ...input,
    configSchema: z.strictObject(shape),
  };
}

/** All outgoing handles of a node (of its type, or for its config when given), including `error` where it can fail. */
export function outgoingHandles(def: AnyNodeDefinition, config?: unknown): readonly THandle[] {
  const isObject = typeof config === "object" && config !== null;
  const handles = def.handlesFor && isObject ? def.handlesFor(config as Record<string, unknown>) : def.handles;
  return def.canFail ? [...handles, ERROR_HANDLE] : handles;
}

/** Shortens an expression for one-line summaries. */
export function clip(text: string | undefined, max = 40): string {
  if (!text) return "";
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
