import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { STARTERS } from "@/lib/starters";

/** Ready-made function stacks; `POST /endpoints { name, starter }` creates an endpoint from one. */
export const GET = route("GET /starters", async () => json({ starters: STARTERS }));
