"use client";

import { memo, useState, type ReactNode } from "react";
import { cn } from "./cn";

const PAGE = 100;

type Props = {
  value: unknown;
  /** Levels open at first: 1 shows the top-level keys with their values collapsed beyond. */
  defaultExpandDepth?: number;
  /** The root's name (e.g. "output"); without one the root's children are shown directly. */
  label?: string;
  className?: string;
};

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return value !== null && typeof value === "object";
}

function entriesOf(value: Record<string, unknown> | unknown[]): [string, unknown][] {
  return Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
}

function summary(value: Record<string, unknown> | unknown[]): string {
  const n = Array.isArray(value) ? value.length : Object.keys(value).length;
  if (Array.isArray(value)) return n === 0 ? "[]" : `[ ${n} item${n === 1 ? "" : "s"} ]`;
  return n === 0 ? "{}" : `{ ${n} key${n === 1 ? "" : "s"} }`;
}

function Scalar({ value }: { value: unknown }) {
  if (typeof value === "string") {
    return (
      <span className="whitespace-pre-wrap break-all text-emerald-700 dark:text-emerald-400">&quot;{value}&quot;</span>
    );
  }
  if (typeof value === "number") return <span className="text-sky-700 dark:text-sky-400">{String(value)}</span>;
  if (typeof value === "boolean") return <span className="text-amber-700 dark:text-amber-400">{String(value)}</span>;
  if (value === null) return <span className="text-zinc-400">null</span>;
  return <span className="text-zinc-400">{value === undefined ? "undefined" : String(value)}</span>;
}

function Key({ name, isIndex }: { name: string; isIndex: boolean }) {
  return (
    <span className={cn("shrink-0", isIndex ? "text-zinc-400" : "text-violet-700 dark:text-violet-300")}>
      {name}
      <span className="text-zinc-400">:</span>
    </span>
  );
}

function Row({
  name,
  isIndex,
  value,
  depth,
  openDepth,
}: {
  name: string;
  isIndex: boolean;
  value: unknown;
  depth: number;
  openDepth: number;
}) {
  const [isOpen, setIsOpen] = useState(depth < openDepth);
  if (!isContainer(value) || entriesOf(value).length === 0) {
    return (
      <li className="flex min-w-0 gap-1.5 py-px pl-[18px]">
        <Key name={name} isIndex={isIndex} />
        {isContainer(value) ? <span className="text-zinc-400">{summary(value)}</span> : <Scalar value={value} />}
      </li>
    );
  }
  return (
    <li className="min-w-0">
      <button
        type="button"
        aria-expanded={isOpen}
        onClick={() => setIsOpen((o) => !o)}
        className="flex w-full min-w-0 items-center gap-1.5 rounded py-px text-left hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:hover:bg-zinc-800/70"
      >
        <Chevron isOpen={isOpen} />
        <Key name={name} isIndex={isIndex} />
        {!isOpen && <span className="truncate text-zinc-400">{summary(value)}</span>}
      </button>
      {isOpen && <Children value={value} depth={depth + 1} openDepth={openDepth} />}
    </li>
  );
}

function Chevron({ isOpen }: { isOpen: boolean }) {
  return (
    <svg
      width="12"
      height="12"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.25"
      aria-hidden="true"
      className={cn("shrink-0 text-zinc-400 transition-transform", isOpen && "rotate-90")}
    >
      <path d="M9 18l6-6-6-6" />
    </svg>
  );
}

function Children({
  value,
  depth,
  openDepth,
}: {
  value: Record<string, unknown> | unknown[];
  depth: number;
  openDepth: number;
}) {
  const isRoot = depth === 0;
  const [shown, setShown] = useState(PAGE);
  const entries = entriesOf(value);
  const isArray = Array.isArray(value);
  return (
    <ul className={isRoot ? undefined : "ml-[5px] border-l border-zinc-200 pl-1.5 dark:border-zinc-800"}>
      {entries.slice(0, shown).map(([k, v]) => (
        <Row key={k} name={k} isIndex={isArray} value={v} depth={depth} openDepth={openDepth} />
      ))}
      {entries.length > shown && (
        <li className="pl-[18px]">
          <button
            type="button"
            className="text-indigo-600 hover:underline dark:text-indigo-400"
            onClick={() => setShown((n) => n + PAGE)}
          >
            Show {Math.min(PAGE, entries.length - shown)} more of {entries.length - shown}
          </button>
        </li>
      )}
    </ul>
  );
}

/** A JSON value as a collapsible tree: keys, typed colours, item counts on closed branches. */
function JsonTreeView({ value, defaultExpandDepth = 1, label, className }: Props) {
  let body: ReactNode;
  if (label !== undefined) {
    body = (
      <ul>
        <Row name={label} isIndex={false} value={value} depth={0} openDepth={defaultExpandDepth} />
      </ul>
    );
  } else if (isContainer(value) && entriesOf(value).length > 0) {
    body = <Children value={value} depth={0} openDepth={defaultExpandDepth} />;
  } else {
    body = (
      <div className="pl-1">
        {isContainer(value) ? <span className="text-zinc-400">{summary(value)}</span> : <Scalar value={value} />}
      </div>
    );
  }
  return (
    <div
      className={cn("min-w-0 font-mono text-[11.5px] leading-[18px] text-zinc-800 dark:text-zinc-200", className)}
      data-json-tree=""
    >
      {body}
    </div>
  );
}

export const JsonTree = memo(JsonTreeView);
