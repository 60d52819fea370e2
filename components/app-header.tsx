import Link from "next/link";
import type { ReactNode } from "react";
import { AccountBar } from "./account/account-bar";

/** The product mark: stacked layers, the accent colour's one big appearance. */
export function Logo() {
  return (
    <span className="inline-flex h-6 w-6 items-center justify-center rounded-md bg-indigo-600 text-white shadow-sm dark:bg-indigo-500">
      <svg
        width="14"
        height="14"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.25"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
      >
        <path d="M12 3 3 7.5l9 4.5 9-4.5z" />
        <path d="m3 12 9 4.5 9-4.5" />
        <path d="m3 16.5 9 4.5 9-4.5" />
      </svg>
    </span>
  );
}

const PAGES = [
  ["dashboard", "Dashboard"],
  ["endpoints", "Endpoints"],
  ["executions", "Executions"],
  ["tables", "Tables"],
  ["env", "Variables"],
  ["webhooks", "Webhooks"],
] as const;

/** The top bar of list pages. The editor has its own denser bar. */
export function AppHeader({
  children,
  current = "endpoints",
}: {
  children?: ReactNode;
  current?: "dashboard" | "endpoints" | "executions" | "tables" | "env" | "webhooks";
}) {
  return (
    <header className="sticky top-0 z-30 border-b border-zinc-200 bg-white/80 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/80">
      <div className="mx-auto flex h-12 max-w-6xl items-center gap-6 px-6">
        <Link
          href="/"
          className="flex items-center gap-2 rounded-md text-[14px] font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-indigo-500"
        >
          <Logo />
          Hookstack
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1 text-[13px]">
          {PAGES.map(([page, label]) => (
            <Link
              key={page}
              href={page === "dashboard" ? "/" : `/${page}`}
              aria-current={current === page ? "page" : undefined}
              className="rounded-md px-2 py-1 font-medium text-zinc-500 hover:bg-zinc-100 aria-[current=page]:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:aria-[current=page]:text-zinc-100"
            >
              {label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-2">
          {children}
          <AccountBar />
        </div>
      </div>
    </header>
  );
}
