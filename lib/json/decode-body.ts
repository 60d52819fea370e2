import { BodyParseError, parseFormBody, parseJsonBody } from "./parse-body";

/** How Get raw input reads a body: `auto` chooses by the request's content type. */
export type TBodyFormat = "json" | "form" | "text" | "auto";

export type TDecodedBody = {
  value: unknown;
  /** The format the body was read as (`auto` resolved). */
  format: "json" | "form" | "text";
  /** The value is the body itself read as JSON or text (the trace can refer to the stored body instead). */
  isWholeBody: boolean;
};

/** GitHub's form deliveries carry the JSON payload in this one field. */
export const DEFAULT_JSON_FIELD = "payload";

const isJsonType = (type: string) => /^application\/(?:[\w.+-]+\+)?json\b/.test(type) || type.startsWith("text/json");
const isFormType = (type: string) => type.startsWith("application/x-www-form-urlencoded");

/** `auto`: the format the content type names; without one, JSON when the body looks like JSON, else text. */
export function formatFor(contentType: string, body: string): "json" | "form" | "text" {
  const type = contentType.trim().toLowerCase();
  if (isJsonType(type)) return "json";
  if (isFormType(type)) return "form";
  if (type === "" && /^\s*[[{]/.test(body)) return "json";
  return "text";
}

function jsonField(form: Record<string, string | string[]>, name: string, maxDepth: number): unknown {
  const raw = Object.hasOwn(form, name) ? form[name] : undefined;
  if (typeof raw !== "string")
    throw new BodyParseError(
      `the form has no single "${name}" field holding JSON (fields: ${Object.keys(form).join(", ") || "none"})`,
    );
  try {
    return parseJsonBody(raw, maxDepth);
  } catch (err) {
    throw new BodyParseError(
      `the form field "${name}" is not valid JSON (${(err as Error).message.replace(/^the request body is /, "")})`,
    );
  }
}

/**
 * A request body as Get raw input stores it. Form bodies may carry JSON in one field (`jsonField`, GitHub's
 * `payload=`): the node then stores that field parsed. With `auto`, a form whose only field is `payload` and holds
 * JSON is read that way too, so GitHub's default content type works as it is. A JSON body that does not parse says
 * which content type arrived when that was not JSON (the usual cause).
 */
export function decodeBody(o: {
  body: string;
  format: TBodyFormat;
  contentType?: string;
  jsonField?: string;
  maxDepth: number;
}): TDecodedBody {
  const contentType = o.contentType ?? "";
  const format = o.format === "auto" ? formatFor(contentType, o.body) : o.format;
  if (format === "text") return { value: o.body, format, isWholeBody: true };
  if (format === "json") {
    try {
      return { value: parseJsonBody(o.body, o.maxDepth), format, isWholeBody: true };
    } catch (err) {
      const arrived = contentType.trim();
      if (!(err instanceof BodyParseError) || isJsonType(arrived.toLowerCase())) throw err;
      const hint = isFormType(arrived.toLowerCase()) ? "; set the body format to Auto or Form" : "";
      throw new BodyParseError(
        `${err.message}; the request's content-type was ${arrived ? `"${arrived}"` : "missing"}${hint}`,
      );
    }
  }
  const form = parseFormBody(o.body);
  const field = o.jsonField?.trim();
  if (field) return { value: jsonField(form, field, o.maxDepth), format, isWholeBody: false };
  if (o.format === "auto") {
    const keys = Object.keys(form);
    if (keys.length === 1 && keys[0] === DEFAULT_JSON_FIELD) {
      try {
        return { value: jsonField(form, DEFAULT_JSON_FIELD, o.maxDepth), format, isWholeBody: false };
      } catch {
        // Not JSON after all: an ordinary form with one field.
      }
    }
  }
  return { value: form, format, isWholeBody: false };
}
