import type { TFieldError } from "@/lib/errors";

/** One problem in a graph; `path` points into the graph JSON (e.g. `nodes.2.config.condition`). */
export type TGraphError = TFieldError;
