import { parseUnixSeconds } from "../internal/timestamp";
import { versionedTimestampScheme } from "./versioned-timestamp";

/**
 * Zoom documents the timestamp as unix seconds, but its payloads' `event_ts` is in milliseconds; a 13-digit header
 * is read as milliseconds so that a Zoom change of unit does not reject every delivery as "in the future".
 */
function parseZoomTimestamp(value: string): number | null {
  const parsed = parseUnixSeconds(value);
  if (parsed === null) return null;
  return parsed >= 1e12 ? Math.floor(parsed / 1000) : parsed;
}

/** developers.zoom.us "Verify webhook events". */
export const zoom = versionedTimestampScheme({
  signatureHeader: "x-zm-signature",
  timestampHeader: "x-zm-request-timestamp",
  parseTimestamp: parseZoomTimestamp,
});
