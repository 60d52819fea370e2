import type { ReactNode } from "react";
import { cn } from "./cn";

/**
 * A hint shown on hover and keyboard focus (CSS only). The trigger keeps its own accessible name (aria-label);
 * the tooltip repeats it visually with an optional shortcut.
 */
export function Tooltip({
  content,
  children,
  side = "bottom",
  align = "center",
}: {
  content: ReactNode;
  children: ReactNode;
  side?: "top" | "bottom";
  align?: "start" | "center" | "end";
}) {
  return (
    <span className="group/tip relative inline-flex">
      {children}
      <span
        role="presentation"
        className={cn(
          "pointer-events-none absolute z-50 hidden whitespace-nowrap rounded-md bg-zinc-900 px-2 py-1 text-[11.5px] font-medium text-zinc-50 shadow-lg",
          "group-hover/tip:flex group-has-[:focus-visible]/tip:flex items-center gap-1.5 dark:bg-zinc-100 dark:text-zinc-900",
          side === "bottom" ? "top-full mt-1.5" : "bottom-full mb-1.5",
          align === "center" ? "left-1/2 -translate-x-1/2" : align === "start" ? "left-0" : "right-0",
        )}
      >
        {content}
      </span>
    </span>
  );
}
