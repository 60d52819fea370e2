/**
 * The one way Hookstack writes a moment: `2026-12-03 14:20:05 UTC`. UTC and fixed-width, so the server's render and
 * the browser's agree (no hydration mismatch), rows line up, and a time read off one page can be found on another.
 */
export function formatTime(iso: string | number | Date): string {
  const text = new Date(iso).toISOString();
  return `${text.slice(0, 10)} ${text.slice(11, 19)} UTC`;
}
