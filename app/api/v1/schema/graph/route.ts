import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { graphJsonSchema } from "@/lib/graph/json-schema";

/** The graph's JSON Schema (draft 2020-12), generated from the node catalog. */
export const GET = withApi(async () => {
  return json(graphJsonSchema());
});
