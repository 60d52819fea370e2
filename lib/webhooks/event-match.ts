/** Whether a subscription's event filter takes `type`: an exact name, `prefix.*` (any depth below it) or `*`. */
export function matchesEvent(patterns: readonly string[], type: string): boolean {
  for (const p of patterns) {
    if (p === "*" || p === type) return true;
    if (p.endsWith(".*") && type.startsWith(p.slice(0, -1))) return true;
  }
  return false;
}
