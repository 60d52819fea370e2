"use client";

import { useReactFlow } from "@xyflow/react";
import { useMemo, useState, type DragEvent } from "react";
import { NODE_DEFINITIONS } from "@/lib/nodes/catalog";
import { CATEGORY_ORDER, type AnyNodeDefinition } from "@/lib/nodes/define";
import { searchNodes } from "@/lib/nodes/search";
import { useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import { DEFAULT_NODE_SIZE } from "@/lib/editor-store/convert";
import { hasStartNode } from "@/lib/editor-store/slices/graph-slice";
import { START_NODE_TYPE } from "@/lib/graph/start-node";
import { cn } from "@/components/ui/cn";
import { Icon } from "@/components/ui/icon";
import { Kbd } from "@/components/ui/badge";
import { PALETTE_MIME } from "./canvas";
import { CATEGORY_LABELS } from "./node-display";
import { NodeIcon } from "./node-icon";
import { RichText } from "./rich-text";

export const PALETTE_SEARCH_ID = "palette-search";

/** Every node type of the catalog, grouped by category: drag one onto the canvas, or press Enter to add it. */
export function Palette() {
  const [query, setQuery] = useState("");
  const store = useEditorStoreApi();
  const hasStart = useEditor((s) => hasStartNode(s.nodes));
  const flow = useReactFlow();

  // Browsing shows the catalog by category; a search shows the matches best first, so Enter adds the best.
  const groups = useMemo((): { category: string; label: string; defs: AnyNodeDefinition[] }[] => {
    const defs = NODE_DEFINITIONS as readonly AnyNodeDefinition[];
    if (query.trim()) {
      const found = searchNodes(defs, query);
      return found.length ? [{ category: "results", label: "Best matches", defs: found }] : [];
    }
    return CATEGORY_ORDER.map((category) => ({
      category,
      label: CATEGORY_LABELS[category],
      defs: defs.filter((d) => d.category === category),
    }));
  }, [query]);

  /** Click or Enter: after the selected node (connected), else in the middle of the view; then keep it in view. */
  const addFromPalette = (type: string) => {
    const box = document.getElementById("hs-canvas")?.getBoundingClientRect();
    if (!box) return;
    const centre = flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    // Nudge until free, so repeated additions do not stack exactly on top of each other.
    const taken = store.getState().nodes.map((n) => n.position);
    let at = {
      x: Math.round(centre.x - DEFAULT_NODE_SIZE.width / 2),
      y: Math.round(centre.y - DEFAULT_NODE_SIZE.height / 2),
    };
    while (taken.some((p) => Math.abs(p.x - at.x) < 24 && Math.abs(p.y - at.y) < 24))
      at = { x: at.x + 32, y: at.y + 32 };
    const id = store.getState().appendNode(type, at);
    const node = id && store.getState().nodes.find((n) => n.id === id);
    if (!node) return;
    const zoom = flow.getViewport().zoom;
    const topLeft = flow.flowToScreenPosition(node.position);
    const isVisible =
      topLeft.x >= box.left &&
      topLeft.y >= box.top &&
      topLeft.x + DEFAULT_NODE_SIZE.width * zoom <= box.right &&
      topLeft.y + DEFAULT_NODE_SIZE.height * zoom <= box.bottom;
    if (!isVisible) {
      void flow.setCenter(
        node.position.x + DEFAULT_NODE_SIZE.width / 2,
        node.position.y + DEFAULT_NODE_SIZE.height / 2,
        { zoom, duration: 200 },
      );
    }
  };

  const onDragStart = (e: DragEvent, type: string) => {
    e.dataTransfer.setData(PALETTE_MIME, type);
    e.dataTransfer.effectAllowed = "copy";
  };

  return (
    <aside
      aria-label="Nodes"
      className="flex h-full w-[232px] shrink-0 flex-col border-r border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="p-3 pb-2">
        <div className="relative">
          <Icon
            name="search"
            size={14}
            className="pointer-events-none absolute left-2.5 top-1/2 -translate-y-1/2 text-zinc-400"
          />
          <input
            id={PALETTE_SEARCH_ID}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") setQuery("");
              if (e.key === "Enter" && groups[0]?.defs[0]) addFromPalette(groups[0].defs[0].type);
            }}
            placeholder="Search nodes"
            aria-label="Search nodes"
            className="h-8 w-full rounded-md border border-zinc-200 bg-zinc-50 pl-8 pr-8 text-[13px] placeholder:text-zinc-400 focus:border-indigo-500 focus:bg-white focus:outline-none focus:ring-3 focus:ring-indigo-500/15 dark:border-zinc-700/80 dark:bg-zinc-950 dark:focus:border-indigo-400 dark:focus:bg-zinc-900 [&::-webkit-search-cancel-button]:hidden"
          />
          <span className="pointer-events-none absolute right-2 top-1/2 -translate-y-1/2">
            <Kbd>/</Kbd>
          </span>
        </div>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-2 pb-3">
        {groups.length === 0 && (
          <p className="px-2 py-6 text-center text-xs text-zinc-500">No node matches “{query}”.</p>
        )}
        {groups.map((g) => (
          <section key={g.category} aria-labelledby={`palette-${g.category}`} className="mt-2 first:mt-0">
            <h3
              id={`palette-${g.category}`}
              className="px-2 pb-1 pt-2 text-[11px] font-medium uppercase tracking-wide text-zinc-400 dark:text-zinc-500"
            >
              {g.label}
            </h3>
            <ul className="flex flex-col gap-0.5">
              {g.defs.map((def) => {
                const isDisabled = def.type === START_NODE_TYPE && hasStart;
                return (
                  <li key={def.type}>
                    <button
                      type="button"
                      draggable={!isDisabled}
                      disabled={isDisabled}
                      onDragStart={(e) => onDragStart(e, def.type)}
                      onClick={() => addFromPalette(def.type)}
                      data-palette-type={def.type}
                      title={
                        isDisabled
                          ? "A function stack has one Webhook node: it is already on the canvas."
                          : `${def.description.replaceAll("`", "")}\n\nDrag onto the canvas, or press Enter to add it after the selected node.`
                      }
                      className={cn(
                        "group flex w-full items-start gap-2.5 rounded-lg px-2 py-1.5 text-left transition-colors",
                        "focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-indigo-500",
                        isDisabled
                          ? "cursor-not-allowed opacity-45"
                          : "cursor-grab hover:bg-zinc-100 active:cursor-grabbing dark:hover:bg-zinc-800",
                      )}
                    >
                      <span
                        aria-hidden="true"
                        className="mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-md bg-zinc-50 text-[14px] text-zinc-600 ring-1 ring-inset ring-zinc-200/80 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-700"
                      >
                        <NodeIcon glyph={def.icon} size={15} />
                      </span>
                      <span className="min-w-0 flex-1">
                        <span className="block truncate text-[13px] font-medium text-zinc-800 dark:text-zinc-100">
                          {def.title}
                        </span>
                        <span className="line-clamp-2 text-[11.5px] leading-4 text-zinc-500 dark:text-zinc-400">
                          <RichText text={def.description} />
                        </span>
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </aside>
  );
}
