/** Names that would reach an object's prototype if used as keys (field, header, query and case names refuse them). */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(["__proto__", "prototype", "constructor"]);
