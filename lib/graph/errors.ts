/** One problem in a graph; `path` points into the graph JSON (e.g. `nodes.2.config.condition`). */
export type TGraphError = { nodeId?: string; path: string; message: string };
