"use client";

import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";
import type { TTableView } from "@/lib/tables/table-view";
import { FieldChip } from "./field-chip";

const HEAD = "px-4 text-left text-[11px] font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400";

/** The workspace's tables; a row opens the table's records. */
export function TableList({ tables }: { tables: readonly TTableView[] }) {
  return (
    <div className="rounded-xl border border-zinc-200 bg-white shadow-xs dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full table-fixed border-collapse text-[13px]">
        <colgroup>
          <col className="w-[22%]" />
          <col />
          <col className="w-[110px]" />
          <col className="w-[120px]" />
        </colgroup>
        <thead className="border-b border-zinc-200 dark:border-zinc-800">
          <tr className="h-9">
            <th scope="col" className={HEAD}>
              Name
            </th>
            <th scope="col" className={HEAD}>
              Fields
            </th>
            <th scope="col" className={`${HEAD} text-right`}>
              Records
            </th>
            <th scope="col" className={HEAD}>
              Created
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {tables.map((t) => (
            <tr key={t.id} className="hover:bg-zinc-50/70 dark:hover:bg-zinc-800/30" data-table-name={t.name}>
              <td className="truncate px-4 py-3">
                <Link
                  href={`/tables/${t.name}`}
                  className="font-mono font-medium text-zinc-900 hover:text-indigo-600 dark:text-zinc-100 dark:hover:text-indigo-400"
                >
                  {t.name}
                </Link>
              </td>
              <td className="px-4 py-2.5">
                <div className="flex flex-wrap gap-1">
                  {t.fields.map((f) => (
                    <FieldChip key={f.name} field={f} />
                  ))}
                </div>
              </td>
              <td className="px-4 text-right tabular-nums text-zinc-700 dark:text-zinc-300">
                {t.recordCount.toLocaleString("en")}
              </td>
              <td className="px-4 text-zinc-500">
                <RelativeTime iso={t.createdAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
