import Link from "next/link";
import { ListTable } from "@/components/ui/list-table";
import { formatTime } from "@/lib/format/time";
import { formatDuration } from "@/components/editor/trace/format";
import { Badge } from "@/components/ui/badge";
import type { TExecutionRow } from "@/lib/history/list-executions";

const statusTone = (s: number | null) =>
  s === null ? "neutral" : s >= 500 ? "danger" : s >= 400 ? "warning" : "success";
const stateTone = (s: string) => (s === "failed" ? "danger" : s === "succeeded" ? "neutral" : "accent");

/** One row per request; a row's time opens the request's page (its run on a read-only canvas). */
export function ExecutionsTable({ rows, summaryLabel }: { rows: readonly TExecutionRow[]; summaryLabel?: string }) {
  return (
    <ListTable
      columns={[
        { label: "Received" },
        { label: "Endpoint" },
        { label: "Status" },
        { label: "Run" },
        { label: "Time" },
        { label: <span className="normal-case">{summaryLabel ?? "Summary"}</span> },
      ]}
      label="Executions"
      isCompact
    >
      {rows.map((r) => (
        <tr key={r.id} className="h-10 hover:bg-zinc-50/70 dark:hover:bg-zinc-800/30" data-execution-id={r.id}>
          <td className="whitespace-nowrap px-3 tabular-nums">
            <Link href={`/executions/${r.id}`} className="text-indigo-600 hover:underline dark:text-indigo-400">
              {formatTime(r.receivedAt)}
            </Link>
          </td>
          <td className="max-w-[240px] truncate px-3">
            {r.endpointName} <span className="text-zinc-400">{r.source !== "live" ? `· ${r.source}` : ""}</span>
          </td>
          <td className="px-3">
            <Badge tone={statusTone(r.status)}>
              {r.method} {r.status ?? "—"}
            </Badge>
          </td>
          <td className="whitespace-nowrap px-3">
            <Badge tone={stateTone(r.state)}>
              {r.background
                ? `background · ${["queued", "running", "retrying"].includes(r.state) ? `pending (${r.state})` : r.state}`
                : `direct · ${r.state}`}
            </Badge>
          </td>
          <td className="whitespace-nowrap px-3 font-mono text-[12px] tabular-nums text-zinc-500">
            {formatDuration(r.durationMs)}
          </td>
          <td className="max-w-[280px] truncate px-3 font-mono text-[12px]" title={r.error ?? r.summary ?? ""}>
            {r.summary ??
              (r.error ? (
                <span className="text-red-600 dark:text-red-400">{r.error}</span>
              ) : (
                <span className="text-zinc-300 dark:text-zinc-600">—</span>
              ))}
          </td>
        </tr>
      ))}
    </ListTable>
  );
}
