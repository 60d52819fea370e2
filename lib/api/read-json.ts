import type { z } from "zod";
import { DomainError, invalidField } from "@/lib/errors";

/** Management bodies are graphs and table definitions; nothing legitimate comes near this. */
export const MAX_API_BODY_BYTES = 5 * 1024 * 1024;

async function readText(req: Request): Promise<string> {
  const declared = Number(req.headers.get("content-length"));
  const tooLarge = () =>
    new DomainError("payload_too_large", `the request body is larger than ${MAX_API_BODY_BYTES} bytes`);
  if (Number.isFinite(declared) && declared > MAX_API_BODY_BYTES) throw tooLarge();
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_API_BODY_BYTES) throw tooLarge();
  return text;
}

/**
 * Reads a JSON body and parses it with `schema` (a ZodError becomes a 400 naming the field). An empty body counts
 * as `{}` when `optional`, so routes whose fields are all optional accept a bare POST.
 */
export async function readJson<S extends z.ZodType>(
  req: Request,
  schema: S,
  options: { optional?: boolean } = {},
): Promise<z.output<S>> {
  const text = await readText(req);
  let value: unknown = {};
  if (text.trim() !== "") {
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw invalidField("", `the request body is not valid JSON (${(err as Error).message})`);
    }
  } else if (!options.optional) {
    throw invalidField("", "the request body is empty; send a JSON object");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw invalidField("", "the request body must be a JSON object");
  }
  return schema.parse(value);
}

/** Parses the URL's query string with `schema` (repeated keys keep their last value). */
export function readQuery<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
  return schema.parse(Object.fromEntries(new URL(req.url).searchParams));
}

/** Parses route params (e.g. a version number) so a bad one is a 400 naming it, not a 404 or a crash. */
export function readParams<S extends z.ZodType>(params: unknown, schema: S): z.output<S> {
  return schema.parse(params);
}
