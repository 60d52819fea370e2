import { z } from "zod";

/** Node ids and variable names share one shape so they can be used as JSONata bindings and in URLs. */
export const ZNodeId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "use letters, digits, - and _");

export const ZPosition = z.object({ x: z.number(), y: z.number() });

export const ZGraphNode = z.object({
  id: ZNodeId,
  type: z.string().min(1),
  position: ZPosition.optional(),
  config: z.record(z.string(), z.unknown()).default({}),
  /** Optional editor label; never changes behaviour. */
  label: z.string().max(120).optional(),
});

export const ZGraphEdge = z.object({
  id: z.string().max(200).optional(),
  source: ZNodeId,
  sourceHandle: z.string().min(1).default("next"),
  target: ZNodeId,
  targetHandle: z.string().optional(),
});

export const ZGraph = z.object({
  version: z.literal(1),
  nodes: z.array(ZGraphNode).max(500, "a function stack holds at most 500 nodes"),
  edges: z.array(ZGraphEdge).max(2000),
});

export type TGraphNode = z.infer<typeof ZGraphNode>;
export type TGraphEdge = z.infer<typeof ZGraphEdge>;
export type TGraph = z.infer<typeof ZGraph>;
export type TGraphInput = z.input<typeof ZGraph>;

export const EMPTY_GRAPH: TGraph = {
  version: 1,
  nodes: [{ id: "start", type: "webhook", position: { x: 0, y: 0 }, config: {} }],
  edges: [],
};
