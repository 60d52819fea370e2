import { json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { STARTERS } from "@/lib/starters";

/** Ready-made function stacks; `POST /endpoints { name, starter }` creates an endpoint from one. */
export const GET = withApi(async () => json({ starters: STARTERS }));
