import { newHeaderId, type TComposer } from "./composer";

/** Where an endpoint's test request is kept between visits (this browser only; it may hold signed headers). */
export const composerStorageKey = (endpointId: string) => `hookstack:test-request:${endpointId}`;

type TStorage = Pick<Storage, "getItem" | "setItem">;

function browserStorage(): TStorage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    // Storage can be disabled (private modes, policies): the test request then lives as long as the page.
    return undefined;
  }
}

function isComposer(value: unknown): value is TComposer {
  if (!value || typeof value !== "object") return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.method === "string" &&
    typeof c.body === "string" &&
    typeof c.contentType === "string" &&
    Array.isArray(c.headers) &&
    typeof c.isDryRun === "boolean"
  );
}

/** The test request last composed for this endpoint, if one was kept and still has the shape the panel needs. */
export function readComposer(
  endpointId: string,
  storage: TStorage | undefined = browserStorage(),
): TComposer | undefined {
  try {
    const value: unknown = JSON.parse(storage?.getItem(composerStorageKey(endpointId)) ?? "null");
    if (!isComposer(value)) return undefined;
    // Row ids are counted from 1 on every page load: kept ids would collide with the next row added.
    return { ...value, headers: value.headers.map((h) => ({ ...h, id: newHeaderId() })) };
  } catch {
    return undefined;
  }
}

export function writeComposer(
  endpointId: string,
  composer: TComposer,
  storage: TStorage | undefined = browserStorage(),
): void {
  try {
    storage?.setItem(composerStorageKey(endpointId), JSON.stringify(composer));
  } catch {
    // Full or disabled storage: keeping the request is a convenience, not worth an error.
  }
}
