import Link from "next/link";
import type { TDashboard } from "@/lib/history/get-dashboard";
import { formatTime } from "@/lib/format/time";
import { Badge } from "@/components/ui/badge";

/** The newest failed requests, each linked to its execution page. */
export function RecentFailures({ failures }: { failures: TDashboard["failures"] }) {
  return (
    <section
      aria-labelledby="failures-title"
      className="rounded-xl border border-zinc-200 bg-white shadow-xs dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2
        id="failures-title"
        className="border-b border-zinc-200 px-4 py-2.5 text-[13px] font-semibold dark:border-zinc-800"
      >
        Newest failures
      </h2>
      {failures.length === 0 ? (
        <p className="px-4 py-6 text-center text-[13px] text-zinc-500">No failures in the history.</p>
      ) : (
        <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {failures.map((f) => (
            <li key={f.id}>
              <Link
                href={`/executions/${f.id}`}
                className="block px-4 py-2 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-500 dark:hover:bg-zinc-800/40"
              >
                <div className="flex items-center gap-2 text-[12.5px]">
                  <Badge tone={(f.status ?? 500) >= 500 || f.state === "failed" ? "danger" : "warning"}>
                    {f.status ?? f.state}
                  </Badge>
                  <span className="truncate font-medium">{f.endpointName}</span>
                  <span className="ml-auto shrink-0 tabular-nums text-[11.5px] text-zinc-500 dark:text-zinc-400">
                    {formatTime(f.receivedAt)}
                  </span>
                </div>
                {f.error && (
                  <p className="mt-0.5 truncate font-mono text-[11.5px] text-red-600 dark:text-red-400">{f.error}</p>
                )}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
