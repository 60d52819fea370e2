import { openApiDocument } from "@/lib/api/openapi";
import { requestOrigin } from "@/lib/http/origin";
import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";

export const GET = route("GET /openapi.json", async ({ req }) => json(openApiDocument(requestOrigin(req))));
