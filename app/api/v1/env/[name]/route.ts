import { z } from "zod";
import { readJson, readParams } from "@/lib/api/read-json";
import { json, noContent } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { deleteEnvVar } from "@/lib/env/delete-env-var";
import { ZEnvName, ZSetEnvBody } from "@/lib/env/env-name";
import { setEnvVar } from "@/lib/env/set-env-var";
import { currentWorkspaceId } from "@/lib/workspaces/current-workspace";

type P = { name: string };
const ZParams = z.object({ name: ZEnvName });

/** `{ value }` → `{ name, updatedAt }` (201 when new); the value is stored encrypted and never read back. */
export const PUT = withApi<P>(async (req, { params }) => {
  const { name } = readParams(params, ZParams);
  const { value } = await readJson(req, ZSetEnvBody);
  const { created, ...variable } = await setEnvVar({ workspaceId: await currentWorkspaceId(), name, value });
  return json(variable, created ? 201 : 200);
});

export const DELETE = withApi<P>(async (_req, { params }) => {
  const { name } = readParams(params, ZParams);
  await deleteEnvVar({ workspaceId: await currentWorkspaceId(), name });
  return noContent();
});
