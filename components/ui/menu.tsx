"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "./cn";
import { Icon, type IconName } from "./icon";

export type MenuItem = { label: string; icon?: IconName; onSelect(): void; tone?: "danger"; disabled?: boolean };

/** A button that opens a list of actions; arrow keys move, Enter picks, Escape or a click outside closes. */
export function Menu({
  label,
  items,
  trigger,
  align = "end",
  isWide = false,
}: {
  /** Accessible name of the trigger button. */
  label: string;
  items: readonly MenuItem[];
  trigger: ReactNode;
  align?: "start" | "end";
  /** A trigger with text (a switcher) instead of a square icon button. */
  isWide?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onDown);
    // No scrolling: a menu near the bottom of a clipped container must not shift the page under it.
    list.current?.focus({ preventScroll: true });
    return () => document.removeEventListener("pointerdown", onDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus({ preventScroll: true });
  };
  const enabled = items.map((it, i) => (it.disabled ? -1 : i)).filter((i) => i >= 0);
  const move = (delta: number) => {
    const at = enabled.indexOf(active);
    setActive(enabled[(at + delta + enabled.length) % enabled.length] ?? 0);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown") move(1);
    else if (e.key === "ArrowUp") move(-1);
    else if (e.key === "Home") setActive(enabled[0] ?? 0);
    else if (e.key === "End") setActive(enabled[enabled.length - 1] ?? 0);
    else if (e.key === "Escape" || e.key === "Tab") close();
    else if (e.key === "Enter" || e.key === " ") {
      const item = items[active];
      if (item && !item.disabled) {
        close();
        item.onSelect();
      }
    } else return;
    e.preventDefault();
  };

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => {
          setActive(enabled[0] ?? 0);
          setOpen((o) => !o);
        }}
        className={cn(
          isWide ? "px-1.5" : "w-7",
          "inline-flex h-7 items-center justify-center whitespace-nowrap rounded-md text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100",
        )}
      >
        {trigger}
      </button>
      {open && (
        <div
          ref={list}
          id={id}
          role="menu"
          tabIndex={-1}
          aria-activedescendant={`${id}-${active}`}
          onKeyDown={onKeyDown}
          className={cn(
            "absolute top-full z-50 mt-1 min-w-44 rounded-lg border border-zinc-200 bg-white p-1 shadow-lg outline-none dark:border-zinc-800 dark:bg-zinc-900",
            align === "end" ? "right-0" : "left-0",
          )}
        >
          {items.map((item, i) => (
            <div
              key={item.label}
              id={`${id}-${i}`}
              role="menuitem"
              aria-disabled={item.disabled || undefined}
              onPointerEnter={() => !item.disabled && setActive(i)}
              onClick={() => {
                if (item.disabled) return;
                close();
                item.onSelect();
              }}
              className={cn(
                "flex h-8 cursor-default items-center gap-2 rounded-md px-2 text-[13px]",
                item.disabled && "opacity-40",
                i === active && !item.disabled && "bg-zinc-100 dark:bg-zinc-800",
                item.tone === "danger" ? "text-red-600 dark:text-red-400" : "text-zinc-700 dark:text-zinc-200",
              )}
            >
              {item.icon && <Icon name={item.icon} size={14} className="opacity-70" />}
              {item.label}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
