/** A response body as the API shows it: parsed when the content type says JSON and it parses, else the text. */
export function wireBody(headers: Record<string, string>, body: string): unknown {
  const type = Object.entries(headers).find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? "";
  if (!/\bjson\b/i.test(type) || body === "") return body;
  try {
    return JSON.parse(body);
  } catch {
    return body; // e.g. clipped to the history size limit
  }
}
