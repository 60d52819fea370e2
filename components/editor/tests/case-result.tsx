"use client";

import type { TCaseResult, TExpectationResult } from "@/lib/test-cases/types";
import { Icon } from "@/components/ui/icon";
import { cn } from "@/components/ui/cn";

function shown(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return value;
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** `2 inserts in invoice_lines, 1 delete in customers`. */
function writeSummary(writes: TCaseResult["writes"]): string {
  const counts = new Map<string, number>();
  for (const w of writes) counts.set(`${w.op} in ${w.table}`, (counts.get(`${w.op} in ${w.table}`) ?? 0) + 1);
  return [...counts].map(([what, n]) => `${n} ${what.replace(/^(\w+)/, n === 1 ? "$1" : "$1s")}`).join(", ");
}

function ExpectationRow({ e }: { e: TExpectationResult }) {
  const isNodeCheck = e.kind === "ran" || e.kind === "notRan";
  return (
    <li className="flex items-start gap-1.5 py-0.5" data-expectation={e.kind} data-passed={e.passed}>
      <Icon
        name={e.passed ? "check" : "x"}
        size={13}
        className={cn(
          "mt-[3px] shrink-0",
          e.passed ? "text-emerald-600 dark:text-emerald-400" : "text-red-600 dark:text-red-400",
        )}
      />
      <div className="min-w-0 flex-1">
        <p className="break-words font-mono text-[11.5px] leading-[18px] text-zinc-800 dark:text-zinc-200">{e.label}</p>
        {!e.passed && (
          <p className="break-words text-[11.5px] leading-4 text-zinc-500 dark:text-zinc-400">
            {isNodeCheck ? (
              <>it {shown(e.actual)}</>
            ) : (
              <>
                expected <code className="font-mono text-zinc-700 dark:text-zinc-300">{shown(e.expected)}</code>, got{" "}
                <code className="font-mono text-red-700 dark:text-red-300" data-testid="actual-value">
                  {shown(e.actual)}
                </code>
              </>
            )}
            {e.message && <span className="block text-red-600 dark:text-red-400">{e.message}</span>}
          </p>
        )}
      </div>
    </li>
  );
}

/** One case's last run: every expectation with pass or fail, and for a failure the actual value. */
export function CaseResult({ result }: { result: TCaseResult }) {
  return (
    <div className="flex flex-col gap-1" data-testid="case-result">
      {result.error && (
        <p className="flex items-start gap-1.5 text-xs leading-4 text-red-600 dark:text-red-400" role="alert">
          <Icon name="alertCircle" size={13} className="mt-px shrink-0" />
          {result.error}
        </p>
      )}
      {result.expectations.length === 0 && !result.error && (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">No expectations: the case only checks that it runs.</p>
      )}
      <ul>
        {result.expectations.map((e, i) => (
          <ExpectationRow key={i} e={e} />
        ))}
      </ul>
      {result.writes.length > 0 && (
        <p className="text-[11.5px] text-zinc-500 dark:text-zinc-400">
          {result.dryRun ? "Would write" : "Wrote"}: {writeSummary(result.writes)}
        </p>
      )}
    </div>
  );
}
