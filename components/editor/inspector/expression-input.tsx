"use client";

import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { checkExpression } from "@/lib/expressions/syntax";
import { useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import { cn } from "@/components/ui/cn";
import { CONTROL, INVALID } from "@/components/ui/input";
import { selectSampleData } from "@/lib/editor-store/sample-data";
import { ExpressionFeedback } from "./expression-feedback";
import { scopeFor } from "./scope";
import { applySuggestion, scopedPlaceholder, suggestionsFor, tokenAt, type TSuggestion } from "./suggestions";

type Menu = { start: number; items: TSuggestion[]; active: number };

const KIND_LABEL: Record<TSuggestion["kind"], string> = {
  variable: "var",
  loop: "loop",
  env: "env",
  error: "error",
  field: "field",
  function: "fn",
};

/** JSONata's messages name tokens in quotes; make the position human. */
export function describeSyntaxError(source: string): string | undefined {
  if (source.trim() === "") return undefined;
  const problem = checkExpression(source);
  if (!problem) return undefined;
  return problem.position ? `${problem.message} (at character ${problem.position})` : problem.message;
}

/**
 * A JSONata expression field: checked as you type (syntax, inline), completing `$` with the variables that exist at
 * this node and the function library. Arrow keys move in the list, Enter or Tab accepts, Escape closes it.
 */
export function ExpressionInput({
  id,
  nodeId,
  value,
  onChange,
  placeholder,
  errors,
  describedBy,
  ariaLabel,
  className,
  field,
}: {
  id: string;
  nodeId: string;
  /** Where the expression sits in the node's config (`["condition"]`, `["fields", "total"]`): shows its last value. */
  field?: readonly string[];
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  /** Problems the shared validator reports for this field, shown when the syntax itself is fine. */
  errors?: readonly string[];
  describedBy?: string;
  ariaLabel?: string;
  className?: string;
}) {
  const store = useEditorStoreApi();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [menu, setMenu] = useState<Menu | null>(null);
  // Where the caret goes after an accepted suggestion: applied right after React writes the new value, before the
  // next keystroke can land at the wrong place.
  const pendingCaret = useRef<number | null>(null);
  const listId = useId();

  useLayoutEffect(() => {
    const el = ref.current;
    if (el && pendingCaret.current !== null) {
      el.setSelectionRange(pendingCaret.current, pendingCaret.current);
      pendingCaret.current = null;
    }
  }, [value]);
  const errorId = useId();

  const syntaxError = useMemo(() => describeSyntaxError(value), [value]);
  // Examples name the variables this node can read (the stack's own body variable, not another stack's).
  const edges = useEditor((s) => s.edges);
  const shownPlaceholder = useMemo(
    () => scopedPlaceholder(placeholder, scopeFor(store.getState(), nodeId)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- edges are read through store.getState(): they mark when to recompute
    [placeholder, store, nodeId, edges],
  );
  const shown = syntaxError ? [syntaxError] : (errors ?? []);

  const refresh = (text: string, caret: number) => {
    const t = tokenAt(text, caret);
    if (!t) return setMenu(null);
    const items = suggestionsFor(
      t.token,
      scopeFor(store.getState(), nodeId),
      selectSampleData(store.getState()).shapes,
    );
    setMenu(items.length ? { start: t.start, items, active: 0 } : null);
  };

  const openAll = () => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    const caret = el.selectionStart ?? value.length;
    const t = tokenAt(value, caret);
    const items = suggestionsFor(
      t?.token ?? "$",
      scopeFor(store.getState(), nodeId),
      selectSampleData(store.getState()).shapes,
    );
    setMenu(items.length ? { start: t?.start ?? caret, items, active: 0 } : null);
  };

  const accept = (s: TSuggestion) => {
    const el = ref.current;
    if (!el || !menu) return;
    const next = applySuggestion(value, el.selectionStart ?? value.length, menu.start, s);
    pendingCaret.current = next.caret;
    onChange(next.text);
    setMenu(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === " " && e.ctrlKey) {
      e.preventDefault();
      openAll();
      return;
    }
    if (!menu) return;
    const count = menu.items.length;
    if (e.key === "ArrowDown") setMenu({ ...menu, active: (menu.active + 1) % count });
    else if (e.key === "ArrowUp") setMenu({ ...menu, active: (menu.active - 1 + count) % count });
    else if (e.key === "Enter" || e.key === "Tab") {
      const item = menu.items[menu.active];
      if (item) accept(item);
    } else if (e.key === "Escape") {
      setMenu(null);
      e.stopPropagation();
    } else return;
    e.preventDefault();
  };

  const activeId = menu ? `${listId}-${menu.active}` : undefined;
  return (
    <div className={cn("relative", className)}>
      <div className="relative">
        <textarea
          ref={ref}
          id={id}
          value={value}
          rows={1}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          placeholder={shownPlaceholder}
          aria-label={ariaLabel}
          aria-invalid={shown.length > 0 || undefined}
          aria-describedby={[shown.length ? errorId : undefined, describedBy].filter(Boolean).join(" ") || undefined}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={!!menu}
          aria-controls={menu ? listId : undefined}
          aria-activedescendant={activeId}
          data-expression-field=""
          onChange={(e) => {
            onChange(e.target.value);
            refresh(e.target.value, e.target.selectionStart);
          }}
          onClick={(e) => refresh(value, e.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          onBlur={() => setMenu(null)}
          className={cn(
            CONTROL,
            "field-sizing-content block max-h-40 min-h-8 resize-none py-[5px] pl-2.5 pr-8 font-mono text-[12.5px] leading-5",
            shown.length > 0 && INVALID,
          )}
        />
        <button
          type="button"
          tabIndex={-1}
          aria-label="Insert a variable"
          title="Insert a variable (Ctrl+Space)"
          onMouseDown={(e) => {
            e.preventDefault();
            openAll();
          }}
          className="absolute right-1 top-1 flex h-6 w-6 items-center justify-center rounded font-mono text-[11px] font-semibold text-zinc-400 hover:bg-zinc-100 hover:text-indigo-600 dark:hover:bg-zinc-800 dark:hover:text-indigo-400"
        >
          {"{x}"}
        </button>
      </div>
      {menu && (
        <ul
          id={listId}
          role="listbox"
          aria-label="Suggestions"
          className="absolute right-0 top-full z-30 mt-1 max-h-60 w-[20rem] min-w-full overflow-y-auto rounded-lg border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
        >
          {menu.items.map((s, i) => (
            <li
              key={s.insert}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === menu.active}
              onMouseDown={(e) => {
                e.preventDefault();
                accept(s);
              }}
              onMouseEnter={() => setMenu({ ...menu, active: i })}
              className={cn(
                "flex cursor-default items-baseline gap-2 rounded-md px-2 py-1",
                i === menu.active && "bg-indigo-50 dark:bg-indigo-500/15",
              )}
            >
              <span className="shrink-0 font-mono text-[12px] text-zinc-900 dark:text-zinc-100">
                {s.label ?? s.insert}
              </span>
              <span className="min-w-0 flex-1 truncate text-[11.5px] text-zinc-500 dark:text-zinc-400">{s.detail}</span>
              <span className="shrink-0 text-[10px] uppercase tracking-wide text-zinc-400">{KIND_LABEL[s.kind]}</span>
            </li>
          ))}
        </ul>
      )}
      {shown.length > 0 && (
        <p id={errorId} role="alert" className="mt-1.5 text-xs leading-4 text-red-600 dark:text-red-400">
          {shown.join(" · ")}
        </p>
      )}
      {!syntaxError && <ExpressionFeedback nodeId={nodeId} path={field} value={value} onFix={onChange} />}
    </div>
  );
}
