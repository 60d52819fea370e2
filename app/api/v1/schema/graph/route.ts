import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { graphJsonSchema } from "@/lib/graph/json-schema";

/** The graph's JSON Schema (draft 2020-12), generated from the node catalog. */
export const GET = route("GET /schema/graph", async () => {
  return json(graphJsonSchema());
});
