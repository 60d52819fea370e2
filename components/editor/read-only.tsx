"use client";

import type { ReactNode } from "react";
import { selectIsReadOnly, useEditor } from "@/lib/editor-store/context";
import { READ_ONLY_REASON, READ_ONLY_RUN_REASON } from "@/lib/editor-store/read-only";
import { Icon } from "@/components/ui/icon";
import { Tooltip } from "@/components/ui/tooltip";

/**
 * True for a viewer (and a past version's canvas): the editor shows the stack and its history but offers nothing
 * that changes or runs it. The store decides (`lockWrites`); components only leave the controls out.
 */
export function useIsReadOnly(): boolean {
  return useEditor(selectIsReadOnly);
}

/** Around a control a read-only editor keeps but disables: says why on hover (`isRun`: a control that runs the stack). */
export function ReadOnlyTip({
  children,
  isRun = false,
  side,
  align,
}: {
  children: ReactNode;
  isRun?: boolean;
  side?: "top" | "bottom";
  align?: "start" | "center" | "end";
}) {
  const isReadOnly = useIsReadOnly();
  if (!isReadOnly) return children;
  return (
    <Tooltip content={isRun ? READ_ONLY_RUN_REASON : READ_ONLY_REASON} side={side} align={align}>
      {children}
    </Tooltip>
  );
}

/** A line above a read-only form: why its fields do not take input. */
export function ReadOnlyNote({ children }: { children?: ReactNode }) {
  return (
    <p
      className="flex items-start gap-1.5 rounded-md bg-zinc-50 px-2.5 py-1.5 text-xs leading-[18px] text-zinc-600 dark:bg-zinc-800/60 dark:text-zinc-400"
      data-testid="read-only-note"
    >
      <Icon name="lock" size={13} className="mt-[2.5px] shrink-0" />
      <span>
        {READ_ONLY_REASON}
        {children ?? "."}
      </span>
    </p>
  );
}
