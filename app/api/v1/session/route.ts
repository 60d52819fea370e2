import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";

/** Who is calling: `{ kind: "person", user, workspaceId, role }` or `{ kind: "key", workspaceId, scopes }`. */
export const GET = route("GET /session", async ({ caller }) => {
  if (caller?.kind === "key") return json({ kind: "key", workspaceId: caller.workspaceId, scopes: caller.scopes });
  if (caller?.kind !== "person") return json({ kind: "none" });
  const { userId, name, email, workspaceId, role } = caller;
  return json({ kind: "person", user: { id: userId, name, email }, workspaceId, role });
});
