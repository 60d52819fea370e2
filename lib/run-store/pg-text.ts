import type { TRequestLogRow } from "./types";

const NUL = /\0/g;

/**
 * PostgreSQL's text holds neither U+0000 nor a lone surrogate (a string clipped mid-character); SQLite's does. On
 * PostgreSQL the history keeps each as U+FFFD (what UTF-8 encoding always made of a lone surrogate), so a body
 * with a NUL byte is answered and kept instead of failing its commit. The run itself saw the exact body, and
 * signatures are checked on its bytes: only the stored copy differs.
 */
export function pgText(text: string): string {
  const wellFormed = text.toWellFormed();
  return wellFormed.includes("\0") ? wellFormed.replace(NUL, "\uFFFD") : wellFormed;
}

/** A history row with every text field fit for PostgreSQL (pgText); the row itself when none needed it. */
export function pgLogRow(log: TRequestLogRow): TRequestLogRow {
  let fitted: Record<string, unknown> | undefined;
  for (const [field, value] of Object.entries(log)) {
    if (typeof value !== "string") continue;
    const text = pgText(value);
    if (text !== value) (fitted ??= { ...log })[field] = text;
  }
  return (fitted ?? log) as TRequestLogRow;
}
