import Link from "next/link";
import { ListTable } from "@/components/ui/list-table";
import type { TDashboard } from "@/lib/history/get-dashboard";
import { formatTime } from "@/lib/format/time";
import { Badge } from "@/components/ui/badge";
import { ms, percent } from "./overall-cards";
import { Spark } from "./spark";

/** One row per endpoint, failing ones first (the server sorts): its figures and their charts. */
export function EndpointHealth({ endpoints }: { endpoints: TDashboard["endpoints"] }) {
  if (endpoints.length === 0)
    return (
      <div className="rounded-xl border border-dashed border-zinc-300 p-8 text-center text-[13px] text-zinc-500 dark:border-zinc-700">
        No endpoints yet.{" "}
        <Link href="/endpoints" className="text-indigo-600 hover:underline dark:text-indigo-400">
          Create one
        </Link>
        .
      </div>
    );
  return (
    <ListTable
      columns={[
        { label: "Endpoint" },
        { label: "Requests / min" },
        { label: "Error rate" },
        { label: "Run time p50 / p95" },
      ]}
      label="Endpoints' health"
      isCompact
    >
      {endpoints.map((e) => (
        <tr
          key={e.id}
          data-endpoint-id={e.id}
          className={e.isFailingNow ? "bg-red-50/50 dark:bg-red-500/5" : undefined}
        >
          <td className="w-[28%] px-3 py-2 align-top">
            <Link href={`/endpoints/${e.id}`} className="font-medium text-zinc-900 hover:underline dark:text-zinc-100">
              {e.name}
            </Link>
            <div className="mt-0.5 flex flex-wrap items-center gap-1.5 text-[11.5px] text-zinc-500 dark:text-zinc-400">
              {e.isFailingNow && <Badge tone="danger">failing now</Badge>}
              {e.last ? (
                <span className="tabular-nums">
                  last {e.last.status ?? "—"} at {formatTime(e.last.at)}
                </span>
              ) : (
                <span>no requests yet</span>
              )}
            </div>
          </td>
          {(
            [
              ["perMinute", e.perMinute.toFixed(e.perMinute < 10 ? 2 : 0)],
              ["errorRate", percent(e.errorRate)],
              ["runTime", `${ms(e.p50)} / ${ms(e.p95)}`],
            ] as const
          ).map(([metric, value]) => (
            <td key={metric} className="w-[24%] px-3 py-2 align-top">
              <div className="tabular-nums text-[12.5px]">{value}</div>
              <Spark points={e.series} metric={metric} height={32} label={`${e.name}: ${metric}`} />
            </td>
          ))}
        </tr>
      ))}
    </ListTable>
  );
}
