"use client";

import Link from "next/link";
import { ListTable } from "@/components/ui/list-table";
import { RelativeTime } from "@/components/ui/relative-time";
import type { TTableView } from "@/lib/tables/table-view";
import { FieldChip } from "./field-chip";

/** The workspace's tables; a row opens the table's records. */
export function TableList({ tables }: { tables: readonly TTableView[] }) {
  return (
    <ListTable
      columns={[
        { label: "Name", width: "w-[22%]" },
        { label: "Fields" },
        { label: "Records", width: "w-[110px]", align: "right" },
        { label: "Created", width: "w-[120px]" },
      ]}
    >
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
    </ListTable>
  );
}
