import type { TEndpointView } from "./endpoint-view";

/** The public URL an endpoint answers at. */
export function endpointUrl(origin: string, id: string): string {
  return `${origin}/hooks/${id}`;
}

/** An endpoint as the API answers it: the view plus its public `url`. */
export type TPresentedEndpoint<T extends TEndpointView = TEndpointView> = T & { url: string };

/** The endpoint JSON: `{ id, name, url, enabled, draft, publishedVersion, settings, createdAt, updatedAt, ... }`. */
export function presentEndpoint<T extends TEndpointView>(endpoint: T, origin: string): TPresentedEndpoint<T> {
  const { id, name, ...rest } = endpoint;
  // id, name and url first in the JSON; the spread of the rest cannot be typed back to T without the cast.
  return { id, name, url: endpointUrl(origin, id), ...rest } as TPresentedEndpoint<T>;
}
