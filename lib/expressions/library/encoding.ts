import { fail, oneOf } from "./fail";

// Expression values are text, so decoders insist on valid UTF-8 rather than silently inserting U+FFFD.
const utf8 = new TextDecoder("utf-8", { fatal: true });

function toUtf8Text(name: string, bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return fail(name, "the decoded bytes are not UTF-8 text");
  }
}

export function base64encode(text?: string): string | undefined {
  return text === undefined ? undefined : Buffer.from(text, "utf8").toString("base64");
}

export function base64urlencode(text?: string): string | undefined {
  return text === undefined ? undefined : Buffer.from(text, "utf8").toString("base64url");
}

// Either alphabet, padding optional; Buffer would otherwise skip bad characters and decode garbage without a word.
const BASE64 = /^(?:[A-Za-z0-9+/_-]{4})*(?:[A-Za-z0-9+/_-]{2}(?:==)?|[A-Za-z0-9+/_-]{3}=?)?$/;

export function base64decode(text?: string, as?: string): string | undefined {
  if (text === undefined) return undefined;
  const output = oneOf("base64decode", "as", as ?? "utf8", ["utf8", "hex"] as const);
  // Line breaks are common in wrapped base64 (PEM, MIME), and carry no data.
  const compact = text.replace(/\s+/g, "");
  if (!BASE64.test(compact)) return fail("base64decode", "the text is not valid base64");
  const bytes = Buffer.from(compact, "base64");
  if (output === "hex") return bytes.toString("hex");
  return toUtf8Text("base64decode", bytes);
}

export function hexencode(text?: string): string | undefined {
  return text === undefined ? undefined : Buffer.from(text, "utf8").toString("hex");
}

export function hexdecode(text?: string): string | undefined {
  if (text === undefined) return undefined;
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(text)) return fail("hexdecode", "the text is not an even number of hex digits");
  return toUtf8Text("hexdecode", Buffer.from(text, "hex"));
}
