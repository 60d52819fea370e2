import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { noContent } from "@/lib/api/respond";
import { route } from "@/lib/api/route";

export const DELETE = route("DELETE /keys/{keyId}", async ({ params, workspaceId }) => {
  await revokeApiKey({ workspaceId, id: params.keyId });
  return noContent();
});
