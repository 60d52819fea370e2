import type { ReactNode } from "react";
import { cn } from "./cn";

export type TListColumn = {
  label: ReactNode;
  /** A Tailwind width class (`w-[22%]`, `w-[120px]`); without one the column takes what is left. */
  width?: string;
  align?: "right";
  /** Read by screen readers only (an actions column). */
  isLabelHidden?: boolean;
};

/**
 * The card every list page draws its rows in (endpoints, executions, tables, webhooks): header row, column widths
 * and row dividers. With widths the layout is fixed (long values truncate); without, columns fit their content
 * and the card scrolls sideways. Rows are the caller's `<tr>`s.
 */
export function ListTable({
  columns,
  label,
  isCompact,
  children,
}: {
  columns: TListColumn[];
  label?: string;
  /** Narrower cell padding (px-3) for wide tables. */
  isCompact?: boolean;
  children: ReactNode;
}) {
  const isFixed = columns.some((c) => c.width);
  return (
    <div
      className={cn(
        "rounded-xl border border-zinc-200 bg-white shadow-xs dark:border-zinc-800 dark:bg-zinc-900",
        !isFixed && "overflow-x-auto",
      )}
    >
      <table className={cn("w-full border-collapse text-[13px]", isFixed && "table-fixed")} aria-label={label}>
        {isFixed && (
          <colgroup>
            {columns.map((c, i) => (
              <col key={i} className={c.width} />
            ))}
          </colgroup>
        )}
        <thead className="border-b border-zinc-200 dark:border-zinc-800 [&_th:first-child]:rounded-tl-xl [&_th:last-child]:rounded-tr-xl [&_th]:bg-zinc-50/70 dark:[&_th]:bg-zinc-900">
          <tr className="h-9">
            {columns.map((c, i) => (
              <th
                key={i}
                scope="col"
                className={cn(
                  "whitespace-nowrap text-left text-[11px] font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400",
                  isCompact ? "px-3" : "px-4",
                  c.align === "right" && "text-right",
                )}
              >
                {c.isLabelHidden ? <span className="sr-only">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">{children}</tbody>
      </table>
    </div>
  );
}
