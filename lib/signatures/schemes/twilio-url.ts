import { parse, stringify } from "node:querystring";

/**
 * The URL spellings the official `twilio` library's validateRequest (v5+) accepts, in its order: Twilio may sign
 * the URL with or without the default port, and some of its back ends sign the `new URL()`-normalised form, with
 * the query re-encoded as Node's legacy `querystring` does. Kept byte-for-byte equivalent to that library.
 */
export function twilioUrlCandidates(url: string): string[] {
  const candidates = [removePort(url), addPort(url)];
  let normalized: string | null = null;
  try {
    normalized = new URL(url).toString();
  } catch {
    // Not an absolute URL: only the spellings as received can match.
  }
  if (normalized !== null) {
    const withoutPort = removePort(normalized);
    const withPort = addPort(normalized);
    candidates.push(withoutPort, withPort, withLegacyQuerystring(withoutPort), withLegacyQuerystring(withPort));
  }
  return [...new Set(candidates)];
}

type TUrlParts = { scheme: string; userInfo: string; host: string; port: string; rest: string };

/** Splits without normalising, so the path and query keep the exact characters Twilio signed. */
function splitUrl(url: string): TUrlParts | null {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i.exec(url);
  if (!match) return null;
  const [prefix, scheme = "", authority = ""] = match;
  const userInfoEnd = authority.lastIndexOf("@");
  const hostAndPort = authority.slice(userInfoEnd + 1);
  // A colon starts the port only after an IPv6 literal's closing bracket.
  const portStart = hostAndPort.indexOf(":", hostAndPort.lastIndexOf("]") + 1);
  return {
    scheme,
    userInfo: authority.slice(0, userInfoEnd + 1),
    host: portStart === -1 ? hostAndPort : hostAndPort.slice(0, portStart),
    port: portStart === -1 ? "" : hostAndPort.slice(portStart),
    rest: url.slice(prefix.length),
  };
}

function addPort(url: string): string {
  const parts = splitUrl(url);
  if (!parts || parts.port) return url;
  const port = parts.scheme.toLowerCase() === "https://" ? ":443" : ":80";
  return parts.scheme + parts.userInfo + parts.host + port + parts.rest;
}

function removePort(url: string): string {
  const parts = splitUrl(url);
  return parts ? parts.scheme + parts.userInfo + parts.host + parts.rest : url;
}

function withLegacyQuerystring(url: string): string {
  const queryStart = url.indexOf("?");
  if (queryStart === -1 || queryStart === url.length - 1) return url;
  return url.slice(0, queryStart) + "?" + stringify(parse(url.slice(queryStart + 1)));
}
