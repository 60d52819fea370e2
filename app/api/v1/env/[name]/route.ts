import { z } from "zod";
import { readParams } from "@/lib/api/read-json";
import { json, noContent } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { deleteEnvVar } from "@/lib/env/delete-env-var";
import { ZEnvName } from "@/lib/env/env-name";
import { setEnvVar } from "@/lib/env/set-env-var";

const ZParams = z.object({ name: ZEnvName });

/** `{ value }` → `{ name, updatedAt }` (201 when new); the value is stored encrypted and never read back. */
export const PUT = route("PUT /env/{name}", async ({ params, workspaceId, body }) => {
  const { name } = readParams(params, ZParams);
  const { value } = body;
  const { created, ...variable } = await setEnvVar({ workspaceId, name, value });
  return json(variable, created ? 201 : 200);
});

export const DELETE = route("DELETE /env/{name}", async ({ params, workspaceId }) => {
  const { name } = readParams(params, ZParams);
  await deleteEnvVar({ workspaceId, name });
  return noContent();
});
