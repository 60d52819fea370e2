"use client";

import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "./cn";
import { Icon, type IconName } from "./icon";

/** `icon` with `isIconOnly`: the label becomes the tab's accessible name and tooltip (a strip short of room). */
export type TabItem<T extends string> = {
  id: T;
  label: string;
  badge?: ReactNode;
  icon?: IconName;
  isIconOnly?: boolean;
};

/** A tab strip (roving focus, arrow keys); the caller renders the panel with id `${idPrefix}-panel-${tab}`. */
export function Tabs<T extends string>({
  tabs,
  value,
  onChange,
  idPrefix,
  label,
  isCompact = false,
}: {
  tabs: readonly TabItem<T>[];
  value: T;
  onChange(tab: T): void;
  idPrefix: string;
  label: string;
  /** Tighter spacing, for a narrow strip with many tabs. */
  isCompact?: boolean;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const delta = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = (index + delta + tabs.length) % tabs.length;
    const tab = tabs[next];
    if (!tab) return;
    onChange(tab.id);
    refs.current[next]?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label={label}
      className={cn(
        "flex h-10 shrink-0 items-stretch overflow-x-auto border-b",
        isCompact ? "gap-1.5 px-1.5" : "gap-2 px-2.5",
        "border-zinc-200 [scrollbar-width:none] dark:border-zinc-800",
      )}
    >
      {tabs.map((tab, i) => {
        const selected = tab.id === value;
        return (
          <button
            key={tab.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            id={`${idPrefix}-tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={`${idPrefix}-panel-${tab.id}`}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(tab.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
            aria-label={tab.isIconOnly ? tab.label : undefined}
            title={tab.isIconOnly ? tab.label : undefined}
            className={cn(
              "relative -mb-px inline-flex shrink-0 items-center gap-1.5 border-b-2 font-medium focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-indigo-500",
              isCompact ? "text-[12px]" : "text-[13px]",
              selected
                ? "border-indigo-600 text-zinc-900 dark:border-indigo-400 dark:text-zinc-50"
                : "border-transparent text-zinc-500 hover:text-zinc-800 dark:text-zinc-400 dark:hover:text-zinc-200",
            )}
          >
            {tab.icon && <Icon name={tab.icon} size={15} />}
            {!tab.isIconOnly && tab.label}
            {tab.badge}
          </button>
        );
      })}
    </div>
  );
}
