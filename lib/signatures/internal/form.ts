/**
 * Form-encoded POST parameters as frameworks hand them to providers' validators: a repeated key becomes a list.
 */
export function parseFormParams(body: string): Map<string, string[]> {
  const params = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(body)) {
    const list = params.get(key);
    if (list) list.push(value);
    else params.set(key, [value]);
  }
  return params;
}

/** Whether the body should be read as form parameters: form content type, or none given (providers always send one). */
export function isFormRequest(headers: Record<string, string>): boolean {
  const type = headers["content-type"];
  return type === undefined || type.toLowerCase().includes("application/x-www-form-urlencoded");
}

/** JavaScript's default sort compares UTF-16 code units, as the providers' own Node libraries do. */
export const sortedKeys = (params: Map<string, string[]>): string[] => [...params.keys()].sort();
