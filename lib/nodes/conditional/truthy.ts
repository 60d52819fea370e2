/** JSONata's truthiness (`$boolean`): empty strings, 0, null, empty arrays and empty objects are false. */
export function isTruthy(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.some(isTruthy);
  if (typeof value === "object") return Object.keys(value).length > 0;
  if (typeof value === "function") return false;
  return Boolean(value);
}
