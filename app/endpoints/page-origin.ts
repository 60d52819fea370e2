import { headers } from "next/headers";
import { requestOrigin } from "@/lib/http/origin";

/** The origin of the page request, by the same rule the API uses for endpoint URLs. */
export async function pageOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("host") ?? "localhost";
  return requestOrigin(new Request(`http://${host}/`, { headers: Object.fromEntries(h.entries()) }));
}
