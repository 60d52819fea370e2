import type { TEndpoint } from "./endpoint-view";

/** The public URL an endpoint answers at. */
export function endpointUrl(origin: string, id: string): string {
  return `${origin}/hooks/${id}`;
}

/** The endpoint JSON: `{ id, name, url, enabled, draft, publishedVersion, settings, createdAt, updatedAt, ... }`. */
export function presentEndpoint<T extends TEndpoint>(endpoint: T, origin: string) {
  const { id, name, ...rest } = endpoint;
  return { id, name, url: endpointUrl(origin, id), ...rest };
}
