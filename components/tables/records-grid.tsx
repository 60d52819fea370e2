"use client";

import { formatTime } from "@/lib/format/time";
import type { TTableField } from "@/lib/table-schema/field-types";
import type { TRecordView } from "@/lib/tables/record-rows";

const HEAD = "whitespace-nowrap px-3 text-left font-mono text-[11.5px] font-medium text-zinc-600 dark:text-zinc-300";

function Cell({ field, value }: { field: TTableField; value: unknown }) {
  if (value === null || value === undefined) return <span className="text-zinc-300 dark:text-zinc-600">—</span>;
  if (field.type === "json")
    return <span className="font-mono text-[12px] text-zinc-600 dark:text-zinc-400">{JSON.stringify(value)}</span>;
  if (field.type === "boolean") return <span className="font-mono text-[12px]">{String(value)}</span>;
  if (field.type === "timestamp") return <span className="tabular-nums">{formatTime(String(value))}</span>;
  if (field.type === "integer" || field.type === "decimal")
    return <span className="font-mono text-[12px] tabular-nums">{String(value)}</span>;
  return <>{String(value)}</>;
}

/** One page of records; a row (or its id, with the keyboard) opens the record. */
export function RecordsGrid({
  fields,
  records,
  onOpen,
}: {
  fields: readonly TTableField[];
  records: readonly TRecordView[];
  onOpen(id: string): void;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-xs dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full border-collapse text-[13px]" aria-label="Records">
        <thead className="border-b border-zinc-200 dark:border-zinc-800">
          <tr className="h-9">
            <th scope="col" className={HEAD}>
              id
            </th>
            <th scope="col" className={HEAD}>
              createdAt <span className="font-normal text-zinc-400 dark:text-zinc-500">UTC</span>
            </th>
            {fields.map((f) => (
              <th key={f.name} scope="col" className={HEAD}>
                {f.name} <span className="font-normal text-zinc-400 dark:text-zinc-500">{f.type}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {records.map((r) => (
            <tr
              key={r.id}
              className="h-10 cursor-pointer hover:bg-zinc-50/70 dark:hover:bg-zinc-800/30"
              onClick={() => onOpen(r.id)}
              data-record-id={r.id}
            >
              <td className="whitespace-nowrap px-3">
                <button
                  type="button"
                  className="rounded font-mono text-[12px] text-indigo-600 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-indigo-400"
                  onClick={(e) => {
                    e.stopPropagation();
                    onOpen(r.id);
                  }}
                  title={r.id}
                >
                  {r.id.slice(0, 8)}…{r.id.slice(-4)}
                </button>
              </td>
              <td className="whitespace-nowrap px-3 tabular-nums text-zinc-500">
                {formatTime(r.createdAt).slice(0, -4)}
              </td>
              {fields.map((f) => (
                <td
                  key={f.name}
                  className="max-w-[280px] truncate px-3"
                  title={typeof r[f.name] === "object" ? JSON.stringify(r[f.name]) : String(r[f.name] ?? "")}
                >
                  <Cell field={f} value={r[f.name]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
