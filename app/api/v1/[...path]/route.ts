import { DomainError } from "@/lib/errors";
import { withApi } from "@/lib/api/with-api";

/** Unknown management routes answer JSON, not the HTML 404 page. */
const unknownRoute = withApi<{ path: string[] }>(async (req) => {
  throw new DomainError("not_found", `no API route ${req.method} ${new URL(req.url).pathname}`);
});

export {
  unknownRoute as GET,
  unknownRoute as POST,
  unknownRoute as PUT,
  unknownRoute as PATCH,
  unknownRoute as DELETE,
};
